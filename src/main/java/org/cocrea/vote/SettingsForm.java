package org.cocrea.vote;

/** (Public because the precompiled templates read it.) The vote's settings as typed; dates are Italian time. */
public record SettingsForm(
        String question,
        String ballotKind,
        String maxApprovals,
        String points,
        String pointCap,
        String eligibility,
        String named,
        String hideResults,
        String opensAt,
        String closesAt,
        String facilitatorsVote)
        implements org.cocrea.ballots.BallotSettings.Typed {

    static SettingsForm of(Vote v) {
        return new SettingsForm(
                v.question(),
                v.kind().code(),
                text(v.maxApprovals()),
                text(v.points()),
                text(v.pointCap()),
                v.eligibility().code(),
                String.valueOf(v.named()),
                String.valueOf(v.hideResults()),
                org.cocrea.ballots.Lifecycle.local(v.opensAt()),
                org.cocrea.ballots.Lifecycle.local(v.closesAt()),
                String.valueOf(v.facilitatorsVote()));
    }

    static SettingsForm empty() {
        return new SettingsForm("", "ranked", "", "10", "", "members", "false", "true", "", "", "true");
    }

    public boolean isNamed() {
        return "true".equals(named);
    }

    public boolean hidesResults() {
        return "true".equals(hideResults);
    }

    private static String text(Integer n) {
        return n == null ? "" : n.toString();
    }
}
