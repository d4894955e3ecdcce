package org.cocrea.commissioning;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.cocrea.accounts.Residents;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** In-person channels: one-time voting codes, and ballots staff record on paper for a code or a resident. */
@Service
class Channels {
    private final BudgetService service;
    private final BudgetRepository budgets;
    private final CodeRepository codes;
    private final PaperLogRepository paper;
    private final BallotBox box;
    private final Residents residents;
    private final TransactionTemplate tx;

    Channels(
            BudgetService service,
            BudgetRepository budgets,
            CodeRepository codes,
            PaperLogRepository paper,
            BallotBox box,
            Residents residents,
            PlatformTransactionManager transactions) {
        this.service = service;
        this.budgets = budgets;
        this.codes = codes;
        this.paper = paper;
        this.box = box;
        this.residents = residents;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Parses the number of codes wanted; empty when it is not a number from 1 to {@link VotingCodes#MAX_BATCH}. */
    static Optional<Integer> batch(String text) {
        try {
            int n = Integer.parseInt(text == null ? "" : text.trim());
            return n >= 1 && n <= VotingCodes.MAX_BATCH ? Optional.of(n) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** New codes in clear, to be printed now: only their hashes are stored, so they cannot be shown again. */
    List<String> generate(SignedInPerson me, long instanceId, int count) {
        requireManager(me, instanceId);
        var budget = budgets.ofInstance(instanceId)
                .filter(b -> b.status() != BudgetStatus.CLOSED)
                .orElseThrow(() -> new ProblemException(new Problem("count", "budget.codes.closed")));
        return tx.execute(status -> {
            var fresh = new ArrayList<String>(count);
            while (fresh.size() < count) {
                // A repeated code (about 2^-49 a pair) breaks the unique constraint and the whole batch is refused.
                String code = VotingCodes.generate();
                codes.add(
                        budget.id(),
                        VotingCodes.hash(VotingCodes.normalise(code).orElseThrow()),
                        me.personId());
                fresh.add(code);
            }
            return fresh;
        });
    }

    CodeCounts counts(Budget budget) {
        return codes.counts(budget.id());
    }

    /** A ballot cast with a code by its holder, who needs no account. */
    Optional<Problem> voteWithCode(long instanceId, String typedCode, SortedMap<Long, Integer> choice) {
        var code = VotingCodes.normalise(typedCode);
        if (code.isEmpty()) {
            return Optional.of(new Problem("code", "budget.code.unknown"));
        }
        return box.castWithCode(instanceId, VotingCodes.hash(code.get()), choice, null);
    }

    /**
     * A paper ballot staff enter for the holder of a code or, in a residents' budget, for a resident on the census
     * list (who may have no account); logged with who recorded it.
     */
    Optional<Problem> recordPaper(
            SignedInPerson me, long instanceId, String identifier, SortedMap<Long, Integer> choice) {
        requireManager(me, instanceId);
        var budget = budgets.ofInstance(instanceId).orElse(null);
        if (budget == null) {
            return Optional.of(new Problem(BallotBox.FIELD, "budget.ballot.closed"));
        }
        var code = VotingCodes.normalise(identifier)
                .map(VotingCodes::hash)
                .filter(h -> codes.id(budget.id(), h).isPresent());
        if (code.isPresent()) {
            return box.castWithCode(instanceId, code.get(), choice, me.personId());
        }
        if (budget.eligibility() == Eligibility.RESIDENTS) {
            var initiative = service.activeInitiative(me, instanceId).orElseThrow();
            var key = residents.censusKey(initiative.organisationId(), identifier);
            if (key.isPresent()) {
                return box.castForResident(instanceId, key.get(), choice, me.personId());
            }
        }
        return Optional.of(new Problem("identifier", "budget.paper.unknown"));
    }

    List<PaperEntry> log(Budget budget) {
        return paper.entries(budget.id());
    }

    private void requireManager(SignedInPerson me, long instanceId) {
        if (!service.mayManage(me, instanceId)) {
            throw new AccessDeniedException("not a facilitator of this budget");
        }
    }

    /** A refusal raised from deep in a request, turned into a form error by the controller. */
    static final class ProblemException extends RuntimeException {
        final transient Problem problem;

        ProblemException(Problem problem) {
            super(problem.code(), null, false, false);
            this.problem = problem;
        }
    }
}
