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
