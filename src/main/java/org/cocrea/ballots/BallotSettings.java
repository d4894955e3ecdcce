package org.cocrea.ballots;

import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.platform.Refused;

/**
 * The settings every ballot tool has besides its own: who may vote, whether the initiative's facilitators may
 * vote too, and the dates between which ballots are taken.
 */
public record BallotSettings(
        Eligibility eligibility, boolean facilitatorsVote, OffsetDateTime opensAt, OffsetDateTime closesAt) {

    /** The settings' fields on every ballot tool's form, which each tool's declared settings include. */
    public static final List<String> NAMES = List.of("eligibility", "facilitatorsVote", "opensAt", "closesAt");

    /**
     * Parses the form's text. Message keys are the tool's ({@code prefix.eligibility.invalid},
     * {@code prefix.date.invalid}, {@code prefix.dates.order}). A form without the eligibility field gets
     * {@code whenMissing} (null: refused), one without the facilitators' choice gets the tool's default, so a
     * request of a page from before that choice keeps the rule it had.
     *
     * @return the settings, or null when {@code problems} were added
     */
    public static BallotSettings parse(
            SettingsForm typed,
            String prefix,
            Eligibility whenMissing,
            boolean facilitatorsByDefault,
            List<Refused.Problem> problems) {
        int before = problems.size();
        String code = trim(typed.eligibility());
        var eligibility =
                code.isEmpty() && whenMissing != null ? java.util.Optional.of(whenMissing) : Eligibility.fromCode(code);
        if (eligibility.isEmpty()) {
            problems.add(new Refused.Problem("eligibility", prefix + ".eligibility.invalid"));
        }
        String facilitators = trim(typed.facilitatorsVote());
        boolean facilitatorsVote = facilitators.isEmpty() ? facilitatorsByDefault : "true".equals(facilitators);
        if (!facilitators.isEmpty() && !facilitators.equals("true") && !facilitators.equals("false")) {
            problems.add(new Refused.Problem("facilitatorsVote", "ballots.facilitatorsVote.invalid"));
        }
        OffsetDateTime opens = Lifecycle.date(typed.opensAt(), "opensAt", prefix, problems);
        OffsetDateTime closes = Lifecycle.date(typed.closesAt(), "closesAt", prefix, problems);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(new Refused.Problem("closesAt", prefix + ".dates.order"));
        }
        return problems.size() > before ? null : new BallotSettings(eligibility.get(), facilitatorsVote, opens, closes);
    }

    /** The stored columns these settings fill, as named parameters of each tool's INSERT and UPDATE. */
    public Map<String, Object> params() {
        var params = new HashMap<String, Object>();
        params.put("eligibility", eligibility.code());
        params.put("facilitators", facilitatorsVote);
        params.put("opens", opensAt);
        params.put("closes", closesAt);
        return params;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
