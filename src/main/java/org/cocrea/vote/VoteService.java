package org.cocrea.vote;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.ballots.BallotBox;
import org.cocrea.ballots.BallotSettings;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Facilitating;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.SettingsForm;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a vote: who may vote, the lifecycle and the lock are the ballot tools' rules
 * ({@link Voters}, {@link Lifecycle}); the permissions come with the {@link ToolAccess} each request opened once.
 * A refused change or ballot throws {@link Refused}.
 */
@Service
class VoteService implements Facilitating {
    static final int MAX_OPTIONS = 50;

    private final Accounts accounts;
    private final Voters voters;
    private final VoteRepository votes;
    private final BallotRepository ballots;
    private final BallotBox box;

    VoteService(Accounts accounts, Voters voters, VoteRepository votes, BallotRepository ballots, BallotBox box) {
        this.accounts = accounts;
        this.voters = voters;
        this.votes = votes;
        this.ballots = ballots;
        this.box = box;
    }

    /** Whether the person may vote, by the ballot tools' one rule and the vote's settings. */
    boolean eligible(ToolAccess access, Vote vote) {
        return vote != null && voters.mayVote(access, vote.eligibility(), vote.facilitatorsVote());
    }

    Optional<Vote> vote(long instanceId) {
        return votes.ofInstance(instanceId);
    }

    List<VoteOption> options(Vote vote) {
        return votes.options(vote.id());
    }

    Optional<Map<Long, Integer>> mine(Vote vote, SignedInPerson me) {
        return me == null ? Optional.empty() : ballots.mine(vote.id(), me.personId());
    }

    long ballotCount(Vote vote) {
        return ballots.count(vote.id());
    }

    /**
     * Checks and stores the person's ballot in the ballot tools' box: one transaction, replacing their earlier
     * one; the same ballot again stores nothing. Refused when they may not vote or the ballot breaks a rule.
     */
    BallotBox.Cast cast(ToolAccess access, Map<Long, Integer> marks) {
        var vote = votes.ofInstance(access.id()).orElse(null);
        if (vote == null) {
            throw new Refused(BallotRules.FIELD, "vote.ballot.notEligible");
        }
        long voter = access.person() == null ? 0 : access.person().personId();
        return voters.cast(
                access,
                vote.eligibility(),
                vote.facilitatorsVote(),
                BallotRules.FIELD,
                "vote.ballot.notEligible",
                () -> VoteBallots.cast(box, votes, ballots, access.id(), voter, marks));
    }

    Results results(Vote vote, List<VoteOption> options) {
        return Tally.count(vote.kind(), options, ballots.ballots(vote.id()));
    }

    List<Map<Long, Integer>> ballots(Vote vote) {
        return ballots.ballots(vote.id());
    }

    /** Named ballots, for members of the initiative only; anonymous votes never show names. */
    List<NamedBallot> namedBallots(Vote vote, ToolAccess access) {
        if (!vote.named() || access.role() == null) {
            return List.of();
        }
        var named = ballots.named(vote.id());
        var people = accounts.people(
                named.stream().map(BallotRepository.Named::voterId).toList());
        return named.stream()
                .map(n -> new NamedBallot(
                        Optional.ofNullable(people.get(n.voterId()))
                                .map(Person::name)
                                .orElse("?"),
                        n.marks()))
                .toList();
    }

    /** Creates or changes the vote; only a draft may change, so that no ballot is cast under other rules. */
    @Override
    @Transactional
    public void saveSettings(ToolAccess access, SettingsForm form) {
        var existing = votes.ofInstance(access.id());
        var status = existing.map(Vote::status);
        Lifecycle.saveSettings(
                access,
                status,
                "vote",
                problems -> parse(form, problems),
                settings -> existing.map(Vote::id)
                        .ifPresentOrElse(id -> votes.update(id, settings), () -> votes.create(access.id(), settings)));
    }

    @Transactional
    void addOption(ToolAccess access, OptionForm form) {
        var vote = draft(access);
        var problems = new ArrayList<Refused.Problem>();
        String title = trim(form.title());
        String description = trim(form.description());
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new Refused.Problem("title", "vote.option.title.invalid"));
        }
        if (description.length() > 2000) {
            problems.add(new Refused.Problem("description", "vote.option.description.invalid"));
        }
        if (votes.options(vote.id()).size() >= MAX_OPTIONS) {
            problems.add(new Refused.Problem(null, "vote.option.tooMany", MAX_OPTIONS));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        votes.addOption(vote.id(), title, description);
    }

    @Transactional
    void removeOption(ToolAccess access, long optionId) {
        votes.removeOption(draft(access).id(), optionId);
    }

    /** The vote whose options may change: the lock of the ballot tools' lifecycle. */
    private Vote draft(ToolAccess access) {
        var vote = votes.ofInstance(access.id()).orElse(null);
        Lifecycle.requireDraft(access, vote == null ? BallotStatus.CLOSED : vote.status(), "vote");
        return vote;
    }

    @Override
    @Transactional
    public void open(ToolAccess access) {
        var vote = votes.ofInstance(access.id()).orElse(null);
        boolean ready = vote != null && votes.options(vote.id()).size() >= 2;
        Lifecycle.open(
                access, ready, "vote.open.noOptions", "vote", (from, to) -> votes.setStatus(vote.id(), from, to));
    }

    @Override
    @Transactional
    public void close(ToolAccess access) {
        var vote = votes.ofInstance(access.id()).orElse(null);
        Lifecycle.close(access, vote != null, "vote", (from, to) -> votes.setStatus(vote.id(), from, to));
    }

    static VoteRepository.Settings parse(SettingsForm form, List<Refused.Problem> problems) {
        String question = trim(form.get("question"));
        if (question.isEmpty() || question.length() > 500) {
            problems.add(new Refused.Problem("question", "vote.question.invalid"));
        }
        var kind = BallotKind.fromCode(trim(form.get("ballotKind")));
        if (kind.isEmpty()) {
            problems.add(new Refused.Problem("ballotKind", "vote.ballotKind.invalid"));
        }
        // Who votes and when: the ballot tools' shared settings; facilitators vote unless set otherwise.
        var common = BallotSettings.parse(form, "vote", null, true, problems);
        Integer k = null;
        Integer points = null;
        Integer cap = null;
        if (kind.orElse(null) == BallotKind.APPROVAL) {
            k = count(form.get("maxApprovals"), false, 1, 1000, "maxApprovals", problems);
        }
        if (kind.orElse(null) == BallotKind.DOTS) {
            points = count(form.get("points"), true, 1, 1000, "points", problems);
            cap = count(form.get("pointCap"), false, 1, points == null ? 1000 : points, "pointCap", problems);
            cap = cap == null ? points : cap;
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new VoteRepository.Settings(
                question,
                kind.get(),
                k,
                points,
                cap,
                common.eligibility(),
                "true".equals(trim(form.get("named"))),
                "true".equals(trim(form.get("hideResults"))),
                common.opensAt(),
                common.closesAt(),
                common.facilitatorsVote());
    }

    private static Integer count(
            String text, boolean required, int least, int most, String field, List<Refused.Problem> problems) {
        String value = trim(text);
        if (value.isEmpty() && !required) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= least && n <= most) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Refused.Problem(field, "vote." + field + ".invalid", least, most));
        return null;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
