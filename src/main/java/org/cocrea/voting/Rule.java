package org.cocrea.voting;

import java.util.Locale;
import java.util.Optional;
import org.cocrea.voting.internal.Greedy;
import org.cocrea.voting.internal.Mes;
import org.cocrea.voting.internal.Phragmen;

/** The budgeting rules the engine reproduces exactly. */
public enum Rule {
    /** Highest score first, skipping projects that no longer fit. */
    GREEDY("greedy"),
    /** Greedy among projects scoring at least the election's threshold. */
    GREEDY_THRESHOLD("greedy-threshold"),
    /** Greedy that stops at the first project that does not fit. */
    GREEDY_NO_SKIP("greedy-no-skip"),
    /** Method of Equal Shares with cost utilities, each voter holding budget/voters. */
    MES("mes"),
    /** Equal Shares completed by raising every voter's share one currency unit at a time. */
    MES_ADD1("mes-add1"),
    /** {@link #MES_ADD1}, replaced by greedy when a majority of voters prefer greedy's outcome. */
    MES_ADD1_COMPARISON("mes-add1-comparison"),
    /** Sequential Phragmén for approval ballots. */
    PHRAGMEN("phragmen");

    private final String cliName;

    Rule(String cliName) {
        this.cliName = cliName;
    }

    /** The name used on the command line, e.g. {@code mes-add1}. */
    public String cliName() {
        return cliName;
    }

    /**
     * Selects projects. Throws {@link UnsupportedElectionException} when the ballots do not suit
     * the rule (ordinal ballots, or points given to an approval-only rule).
     */
    public Outcome select(Election election) {
        if (election.voteType() == VoteType.ORDINAL) {
            throw new UnsupportedElectionException("ordinal ballots have no budgeting rule here");
        }
        return switch (this) {
            case GREEDY -> Greedy.select(election, this, true, Optional.empty());
            case GREEDY_THRESHOLD -> Greedy.select(election, this, true, election.scoreThreshold());
            case GREEDY_NO_SKIP -> Greedy.select(election, this, false, Optional.empty());
            case MES -> Mes.plain(election);
            case MES_ADD1 -> Mes.add1(election);
            case MES_ADD1_COMPARISON -> Mes.add1Comparison(election);
            case PHRAGMEN -> Phragmen.select(election);
        };
    }

    /** The rule with the given command-line name, e.g. {@code greedy-no-skip}. */
    public static Optional<Rule> fromName(String name) {
        for (Rule rule : values()) {
            if (rule.cliName.equals(name)) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * Maps a Pabulib META {@code rule} value. Empty for rules that cannot be reproduced from the
     * file alone ({@code unknown}, {@code greedy-custom}, {@code greedy-exclusive}).
     */
    public static Optional<Rule> fromPabulib(String name) {
        String key = name.trim().toLowerCase(Locale.ROOT);
        return switch (key) {
            case "greedy" -> Optional.of(GREEDY);
            case "greedy-threshold" -> Optional.of(GREEDY_THRESHOLD);
            case "greedy-no-skip" -> Optional.of(GREEDY_NO_SKIP);
            case "equalshares", "mes" -> Optional.of(MES);
            case "equalshares/add1" -> Optional.of(MES_ADD1);
            case "equalshares/add1-comparison" -> Optional.of(MES_ADD1_COMPARISON);
            case "phragmen", "seqphragmen" -> Optional.of(PHRAGMEN);
            default -> Optional.empty();
        };
    }
}
