package org.cocrea.plans.plan;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cocrea.indicators.MeasureSource;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.ladder.LadderTool;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The individual plans' measures for the indicators tool: the mean summary GAS T-score of the initiative's plans
 * (each plan's goals with their latest scores) and the mean of the latest outcome-ladder reading of each ladder.
 * Plan content is the team's alone, so the measures are offered only to a member of the initiative (the citizen,
 * a proxy, the care team); anyone else gets none. Keys name the initiative: {@code plans:gas:<id>},
 * {@code plans:ladder:<id>}.
 */
@Component
class PlanMeasures implements MeasureSource {
    static final String PREFIX = "plans:";
    private static final String GAS = PREFIX + "gas:";
    private static final String LADDER = PREFIX + "ladder:";

    private final Initiatives initiatives;
    private final GoalRepository goals;
    private final LadderRepository ladders;
    private final MessageSource messages;

    PlanMeasures(Initiatives initiatives, GoalRepository goals, LadderRepository ladders, MessageSource messages) {
        this.initiatives = initiatives;
        this.goals = goals;
        this.ladders = ladders;
        this.messages = messages;
    }

    @Override
    public String prefix() {
        return PREFIX;
    }

    @Override
    public List<Measure> measures(long initiativeId, long personId, Locale locale) {
        if (!initiatives.roles(initiativeId).containsKey(personId)) {
            return List.of();
        }
        var tools = initiatives.toolInstancesOf(initiativeId).stream()
                .map(ToolInstance::toolId)
                .toList();
        var out = new ArrayList<Measure>();
        if (tools.contains(PlanTool.ID)) {
            out.add(new Measure(GAS + initiativeId, messages.getMessage("plans.measure.gas", null, locale), "T"));
        }
        if (tools.contains(LadderTool.ID)) {
            out.add(new Measure(
                    LADDER + initiativeId, messages.getMessage("plans.measure.ladder", null, locale), "1-10"));
        }
        return out;
    }

    @Override
    public Optional<Reading> read(String key) {
        if (key.startsWith(GAS)) {
            return initiative(key, GAS).flatMap(this::gas);
        }
        if (key.startsWith(LADDER)) {
            return initiative(key, LADDER).flatMap(this::ladder);
        }
        return Optional.empty();
    }

    private static Optional<Long> initiative(String key, String prefix) {
        try {
            return Optional.of(Long.parseLong(key.substring(prefix.length())));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private List<Long> instances(long initiativeId, String toolId) {
        return initiatives.toolInstancesOf(initiativeId).stream()
                .filter(t -> t.toolId().equals(toolId))
                .map(ToolInstance::id)
                .toList();
    }

    /** The mean T-score over the plans with at least one scored goal, dated by the latest score. */
    private Optional<Reading> gas(long initiativeId) {
        double sum = 0;
        int plans = 0;
        LocalDate latest = null;
        for (long instance : instances(initiativeId, PlanTool.ID)) {
            var planGoals = goals.of(instance);
            Double t = PlanService.tScore(planGoals);
            if (t == null) {
                continue;
            }
            sum += t;
            plans++;
            for (var g : planGoals) {
                var s = g.latest();
                if (s != null && s.on() != null && (latest == null || s.on().isAfter(latest))) {
                    latest = s.on();
                }
            }
        }
        return plans == 0 ? Optional.empty() : Optional.of(new Reading(round(sum / plans), latest, plans));
    }

    /** The mean over the ladders of each one's latest reading's mean score, dated by the latest reading. */
    private Optional<Reading> ladder(long initiativeId) {
        double sum = 0;
        int counted = 0;
        LocalDate latest = null;
        for (long instance : instances(initiativeId, LadderTool.ID)) {
            var readings = ladders.readings(instance);
            for (int i = readings.size() - 1; i >= 0; i--) {
                var r = readings.get(i);
                if (r.mean() != null) {
                    sum += r.mean();
                    counted++;
                    if (latest == null || r.readOn().isAfter(latest)) {
                        latest = r.readOn();
                    }
                    break;
                }
            }
        }
        return counted == 0 ? Optional.empty() : Optional.of(new Reading(round(sum / counted), latest, counted));
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP);
    }
}
