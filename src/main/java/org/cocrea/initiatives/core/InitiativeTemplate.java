package org.cocrea.initiatives.core;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;

/**
 * Ready-made timelines for recurring forms of co-production: each gives the level it suits and the phases
 * (with typical durations) and tools a new initiative starts with. Later tool modules extend the tool lists.
 */
public enum InitiativeTemplate {
    INDIVIDUAL_PLAN(
            "individual-plan",
            Level.INDIVIDUAL,
            List.of(
                    new Step(Phase.CO_COMMISSIONING, 14),
                    new Step(Phase.CO_DESIGN, 14),
                    new Step(Phase.CO_DELIVERY, 90),
                    new Step(Phase.CO_ASSESSMENT, 14))),
    GROUP_PROGRAMME(
            "group-programme",
            Level.GROUP,
            List.of(
                    new Step(Phase.CO_COMMISSIONING, 30),
                    new Step(Phase.CO_DESIGN, 30),
                    new Step(Phase.CO_DELIVERY, 120),
                    new Step(Phase.CO_ASSESSMENT, 30))),
    PARTICIPATORY_BUDGET(
            "participatory-budget",
            Level.COLLECTIVE,
            List.of(
                    new Step(Phase.CO_COMMISSIONING, 45),
                    new Step(Phase.CO_DESIGN, 45),
                    new Step(Phase.CO_DELIVERY, 180),
                    new Step(Phase.CO_ASSESSMENT, 30)),
            // The budget itself, in co-commissioning: an instance with no settings yet, i.e. a draft that its
            // facilitators set up (amount, ballot, rule) before opening it.
            List.of("budget")),
    COLLABORATION_PACT(
            "collaboration-pact",
            Level.COLLECTIVE,
            List.of(
                    new Step(Phase.CO_DESIGN, 30),
                    new Step(Phase.CO_DELIVERY, 365),
                    new Step(Phase.CO_ASSESSMENT, 30)));

    /** A phase of the template and how many days it usually lasts. */
    public record Step(Phase phase, int days) {}

    static final List<String> TOOLS = List.of("updates");

    private final String code;
    private final Level level;
    private final List<Step> steps;
    private final List<String> own;

    InitiativeTemplate(String code, Level level, List<Step> steps) {
        this(code, level, steps, List.of());
    }

    InitiativeTemplate(String code, Level level, List<Step> steps, List<String> own) {
        this.code = code;
        this.level = level;
        this.steps = steps;
        this.own = own;
    }

    /** The tools every template starts with and this template's own, each added in every phase it suits. */
    public List<String> tools() {
        return java.util.stream.Stream.concat(TOOLS.stream(), own.stream()).toList();
    }

    public String code() {
        return code;
    }

    public Level level() {
        return level;
    }

    public List<Step> steps() {
        return steps;
    }

    public static Optional<InitiativeTemplate> fromCode(String code) {
        return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst();
    }
}
