package org.cocrea.voting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A participatory-budgeting election: the projects in their official order (which breaks ties),
 * the budget and the ballots.
 *
 * @param name a label for messages
 * @param voteType the kind of ballots
 * @param budget the budget in money units
 * @param moneyScale money amounts are in units of 10^-moneyScale currency units, so that decimal
 *     costs stay exact
 * @param projects the projects in election order
 * @param ballots distinct ballots with multiplicities; empty ballots count as voters
 * @param scoreThreshold minimum score a project needs under {@link Rule#GREEDY_THRESHOLD}, if any
 */
public record Election(
        String name,
        VoteType voteType,
        long budget,
        int moneyScale,
        List<Project> projects,
        List<Ballot> ballots,
        Optional<BigDecimal> scoreThreshold) {

    public Election {
        projects = List.copyOf(projects);
        ballots = List.copyOf(ballots);
    }

    /** An election with whole-unit money and no threshold. */
    public static Election of(VoteType type, long budget, List<Project> projects, List<Ballot> ballots) {
        return new Election("election", type, budget, 0, projects, ballots, Optional.empty());
    }

    /** The number of voters, including those who cast empty ballots. */
    public long voterCount() {
        long n = 0;
        for (Ballot b : ballots) {
            n += b.multiplicity();
        }
        return n;
    }

    /** Converts an amount in money units to currency. */
    public BigDecimal toCurrency(long amount) {
        return BigDecimal.valueOf(amount, moneyScale);
    }

    /** The same election with its ballots in another order (for tests of order independence). */
    public Election withBallots(List<Ballot> newBallots) {
        return new Election(name, voteType, budget, moneyScale, projects, newBallots, scoreThreshold);
    }
}
