package org.cocrea.ballots;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * A ballot tool's settings as typed, the one form of both the budget and the vote: the text of each setting the
 * tool declares ({@link BallotTool#settings()}, the manifest's list, the four shared ones of {@link BallotSettings}
 * included), empty for a setting left out of the request, so the form can always be shown again with each missing
 * field named. Each tool's service parses and checks it. (Public because the precompiled templates read it.)
 */
public record SettingsForm(Map<String, String> values) {

    public SettingsForm {
        values = Map.copyOf(values);
    }

    /** The form as the request typed it: each declared setting's parameter, empty when left out. */
    public static SettingsForm typed(List<String> names, UnaryOperator<String> parameter) {
        var values = new HashMap<String, String>();
        for (String name : names) {
            String value = parameter.apply(name);
            values.put(name, value == null ? "" : value);
        }
        return new SettingsForm(values);
    }

    /**
     * The form filled from stored settings or defaults, {@code values} in the order of {@code names}: null is empty,
     * an amount is written plainly, an instant as the local date and time the form's field takes.
     */
    public static SettingsForm of(List<String> names, Object... values) {
        if (names.size() != values.length) {
            throw new IllegalArgumentException(names.size() + " settings, " + values.length + " values");
        }
        var typed = new HashMap<String, String>();
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            String text;
            if (v == null) {
                text = "";
            } else if (v instanceof BigDecimal amount) {
                text = amount.toPlainString();
            } else if (v instanceof OffsetDateTime instant) {
                text = Lifecycle.local(instant);
            } else {
                text = v.toString();
            }
            typed.put(names.get(i), text);
        }
        return new SettingsForm(typed);
    }

    /** The text typed for a setting, empty when none was. */
    public String get(String name) {
        return values.getOrDefault(name, "");
    }

    /** Whether a yes/no setting was typed as yes. */
    public boolean isTrue(String name) {
        return "true".equals(get(name));
    }

    public String eligibility() {
        return get("eligibility");
    }

    public String facilitatorsVote() {
        return get("facilitatorsVote");
    }

    public String opensAt() {
        return get("opensAt");
    }

    public String closesAt() {
        return get("closesAt");
    }
}
