package org.cocrea.budget;

import org.cocrea.ballots.Lifecycle;

/** The budget settings as typed; the service parses and checks them. Dates are local to Italy. */
public record SettingsForm(
        String amount,
        String currency,
        String ballotType,
        String rule,
        String minProjects,
        String maxProjects,
        String opensAt,
        String closesAt,
        String eligibility,
        String points,
        String pointsCap,
        String minShare,
        String facilitatorsVote)
        implements org.cocrea.ballots.BallotSettings.Typed {

    /**
     * Fields left out of the request are empty, so the form can always be shown again with each missing field
     * named (a null here made the ballot-type and rule choices throw, and the save answered 500).
     */
    public SettingsForm {
        amount = orEmpty(amount);
        currency = orEmpty(currency);
        ballotType = orEmpty(ballotType);
        rule = orEmpty(rule);
        minProjects = orEmpty(minProjects);
        maxProjects = orEmpty(maxProjects);
        opensAt = orEmpty(opensAt);
        closesAt = orEmpty(closesAt);
        eligibility = orEmpty(eligibility);
        points = orEmpty(points);
        pointsCap = orEmpty(pointsCap);
        minShare = orEmpty(minShare);
        facilitatorsVote = orEmpty(facilitatorsVote);
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    static SettingsForm of(Budget b) {
        return new SettingsForm(
                b.amount().toPlainString(),
                b.currency(),
                b.ballotType().code(),
                b.rule().cliName(),
                b.minProjects() == null ? "" : b.minProjects().toString(),
                b.maxProjects() == null ? "" : b.maxProjects().toString(),
                Lifecycle.local(b.opensAt()),
                Lifecycle.local(b.closesAt()),
                b.eligibility().code(),
                b.points() == null ? "" : b.points().toString(),
                b.pointsCap() == null ? "" : b.pointsCap().toString(),
                b.minShare() == null ? "" : b.minShare().toString(),
                String.valueOf(b.facilitatorsVote()));
    }

    static SettingsForm empty() {
        return new SettingsForm("", "EUR", "knapsack", "mes-add1", "", "", "", "", "members", "", "", "", "false");
    }
}
