package org.cocrea.vote;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.cocrea.platform.Refused;

/**
 * The ballot rules, pure and checked on the server whatever the form allowed. A ballot is a map from option id
 * to the value stored for it (see {@link BallotKind}); options left out are unmarked.
 */
final class BallotRules {
    static final String FIELD = "ballot";
    /** Form fields of ranked, score and dot ballots are named {@code mark-<option id>}. */
    static final String MARK = "mark-";
    /** Approval ballots send the chosen option ids as {@code options}. */
    static final String CHOSEN = "options";

    private BallotRules() {}

    /** The ballot as submitted, or why it cannot be read (not a number, an option twice). */
    record Parsed(Map<Long, Integer> marks, Map<Long, String> typed, Refused.Problem problem) {}

    static Parsed parse(BallotKind kind, Map<String, String[]> params) {
        var marks = new LinkedHashMap<Long, Integer>();
        var typed = new LinkedHashMap<Long, String>();
        Refused.Problem problem = null;
        for (var entry : params.entrySet()) {
            String name = entry.getKey();
            boolean approval = kind == BallotKind.APPROVAL && name.equals(CHOSEN);
            boolean mark = kind != BallotKind.APPROVAL && name.startsWith(MARK);
            if (!approval && !mark) {
                continue;
            }
            for (String raw : entry.getValue()) {
                String value = raw == null ? "" : raw.trim();
                Long option = number(approval ? value : name.substring(MARK.length()));
                Integer given = approval ? Integer.valueOf(1) : value.isEmpty() ? null : intValue(value);
                if (option == null || typed.containsKey(option)) {
                    problem = new Refused.Problem(FIELD, "vote.ballot.unknown");
                    continue;
                }
                typed.put(option, approval ? "1" : value);
                if (!approval && !value.isEmpty() && given == null) {
                    problem = new Refused.Problem(FIELD, "vote.ballot.number");
                } else if (given != null) {
                    marks.put(option, given);
                }
            }
        }
        return new Parsed(marks, typed, problem);
    }

    /** Why the ballot breaks a rule of the vote, if it does. */
    static Optional<Refused.Problem> validate(Vote vote, List<VoteOption> options, Map<Long, Integer> marks) {
        Set<Long> known = new HashSet<>();
        options.forEach(o -> known.add(o.id()));
        if (!known.containsAll(marks.keySet())) {
            return problem("vote.ballot.unknown");
        }
        return switch (vote.kind()) {
            case APPROVAL -> approval(vote, marks);
            case RANKED -> ranked(options, marks);
            case SCORE -> score(options, marks);
            case DOTS -> dots(vote, marks);
        };
    }

    /**
     * The values stored for a valid ballot: ranks renumbered 1, 2, 3... in the voter's order (a ranking "1, 3"
     * means the same as "1, 2"), dot options given no points dropped.
     */
    static Map<Long, Integer> normalise(BallotKind kind, Map<Long, Integer> marks) {
        var stored = new LinkedHashMap<Long, Integer>();
        if (kind == BallotKind.RANKED) {
            var byRank = new TreeMap<Integer, Long>();
            marks.forEach((option, rank) -> byRank.put(rank, option));
            int rank = 1;
            for (long option : byRank.values()) {
                stored.put(option, rank++);
            }
            return stored;
        }
        marks.forEach((option, value) -> {
            if (kind != BallotKind.DOTS || value > 0) {
                stored.put(option, value);
            }
        });
        return stored;
    }

    private static Optional<Refused.Problem> approval(Vote vote, Map<Long, Integer> marks) {
        if (marks.isEmpty()) {
            return problem("vote.ballot.empty");
        }
        if (marks.values().stream().anyMatch(v -> v != 1)) {
            return problem("vote.ballot.unknown");
        }
        if (vote.maxApprovals() != null && marks.size() > vote.maxApprovals()) {
            return problem("vote.ballot.tooMany", vote.maxApprovals());
        }
        return Optional.empty();
    }

    private static Optional<Refused.Problem> ranked(List<VoteOption> options, Map<Long, Integer> marks) {
        if (marks.isEmpty()) {
            return problem("vote.ballot.empty");
        }
        if (marks.values().stream().anyMatch(r -> r < 1 || r > options.size())) {
            return problem("vote.ballot.rankRange", options.size());
        }
        if (new HashSet<>(marks.values()).size() != marks.size()) {
            return problem("vote.ballot.duplicateRank");
        }
        return Optional.empty();
    }

    private static Optional<Refused.Problem> score(List<VoteOption> options, Map<Long, Integer> marks) {
        if (marks.values().stream().anyMatch(s -> s < 0 || s > BallotKind.MAX_SCORE)) {
            return problem("vote.ballot.scoreRange", BallotKind.MAX_SCORE);
        }
        if (marks.size() != options.size()) {
            return problem("vote.ballot.scoreAll");
        }
        return Optional.empty();
    }

    private static Optional<Refused.Problem> dots(Vote vote, Map<Long, Integer> marks) {
        if (marks.values().stream().anyMatch(p -> p < 0)) {
            return problem("vote.ballot.negative");
        }
        if (marks.values().stream().anyMatch(p -> p > vote.pointCap())) {
            return problem("vote.ballot.overCap", vote.pointCap());
        }
        long total = marks.values().stream().mapToLong(Integer::longValue).sum();
        if (total > vote.points()) {
            return problem("vote.ballot.overPoints", total, vote.points());
        }
        if (total == 0) {
            return problem("vote.ballot.empty");
        }
        return Optional.empty();
    }

    private static Optional<Refused.Problem> problem(String code, Object... args) {
        return Optional.of(new Refused.Problem(FIELD, code, args));
    }

    private static Long number(String text) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Integer intValue(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
