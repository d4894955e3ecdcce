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
                    new Step(Phase.CO_ASSESSMENT, 30))),
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

    InitiativeTemplate(String code, Level level, List<Step> steps) {
        this.code = code;
        this.level = level;
        this.steps = steps;
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
