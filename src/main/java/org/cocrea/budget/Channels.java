package org.cocrea.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import org.cocrea.accounts.Residents;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Voters;
import org.cocrea.ballots.VotingCodes;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** In-person channels: one-time voting codes, and ballots staff record on paper for a code or a resident. */
@Service
class Channels {
    private final BudgetRepository budgets;
    private final CodeRepository codes;
    private final PaperLogRepository paper;
    private final BallotBox box;
    private final Residents residents;
    private final TransactionTemplate tx;

    Channels(
            BudgetRepository budgets,
            CodeRepository codes,
            PaperLogRepository paper,
            BallotBox box,
            Residents residents,
            PlatformTransactionManager transactions) {
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
    List<String> generate(ToolAccess access, int count) {
        Voters.requireManager(access);
        long managerId = access.person().personId();
        var budget = budgets.ofInstance(access.id())
                .filter(b -> b.status() != BallotStatus.CLOSED)
                .orElseThrow(() -> new Refused("count", "budget.codes.closed"));
        return tx.execute(status -> {
            var fresh = new ArrayList<String>(count);
            while (fresh.size() < count) {
                // A repeated code (about 2^-49 a pair) breaks the unique constraint and the whole batch is refused.
                String code = VotingCodes.generate();
                codes.add(
                        budget.id(),
                        VotingCodes.hash(VotingCodes.normalise(code).orElseThrow()),
                        managerId);
                fresh.add(code);
            }
            return fresh;
        });
    }

    CodeCounts counts(Budget budget) {
        return codes.counts(budget.id());
    }

    /** A ballot cast with a code by its holder, who needs no account. */
    void voteWithCode(long instanceId, String typedCode, SortedMap<Long, Integer> choice) {
        var code = VotingCodes.normalise(typedCode).orElseThrow(() -> new Refused("code", "budget.code.unknown"));
        box.castWithCode(instanceId, VotingCodes.hash(code), choice, null);
    }

    /**
     * A paper ballot staff enter for the holder of a code or, in a residents' budget, for a resident on the census
     * list (who may have no account); logged with who recorded it.
     */
    void recordPaper(ToolAccess access, String identifier, SortedMap<Long, Integer> choice) {
        Voters.requireManager(access);
        long instanceId = access.id();
        long me = access.person().personId();
        var budget =
                budgets.ofInstance(instanceId).orElseThrow(() -> new Refused(BallotBox.FIELD, "budget.ballot.closed"));
        var code = VotingCodes.normalise(identifier)
                .map(VotingCodes::hash)
                .filter(h -> codes.id(budget.id(), h).isPresent());
        if (code.isPresent()) {
            box.castWithCode(instanceId, code.get(), choice, me);
            return;
        }
        var key = budget.eligibility() == Eligibility.RESIDENTS
                ? residents.censusKey(access.initiative().organisationId(), identifier)
                : Optional.<String>empty();
        box.castForResident(
                instanceId, key.orElseThrow(() -> new Refused("identifier", "budget.paper.unknown")), choice, me);
    }

    List<PaperEntry> log(Budget budget) {
        return paper.entries(budget.id());
    }
}
