package org.cocrea.plans;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.ladder.LadderReading;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanPage;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanTool;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The individual plans' outcomes as {@link OutcomeRecorded}: the plan tool and the ladder publish one after each score
 * or reading they store; the evidence module's demo seed and the demo-data generator read the current ones of every
 * plan through {@link #all()} to fill the evidence tables as the events would.
 */
@Service
public class PlanOutcomes {
    private final Initiatives initiatives;
    private final GoalRepository goals;
    private final LadderRepository ladders;
    private final ApplicationEventPublisher events;

    PlanOutcomes(
            Initiatives initiatives, GoalRepository goals, LadderRepository ladders, ApplicationEventPublisher events) {
        this.initiatives = initiatives;
        this.goals = goals;
        this.ladders = ladders;
        this.events = events;
    }

    /** Publishes the plan's GAS outcome after a score was stored (inside the storing transaction). */
    public void scored(ToolInstance plan) {
        gas(plan).ifPresent(events::publishEvent);
    }

    /** Publishes the ladder's outcome after a reading was stored (inside the storing transaction). */
    public void read(ToolInstance ladder) {
        ladder(ladder).ifPresent(events::publishEvent);
    }

    /** The plan's first and latest summary T-score, or empty while no goal is scored. */
    public Optional<OutcomeRecorded> gas(ToolInstance plan) {
        List<PlanPage.DatedTScore> series = PlanService.tScoreSeries(goals.of(plan.id()));
        if (series.isEmpty()) {
            return Optional.empty();
        }
        var first = series.get(0);
        var latest = series.get(series.size() - 1);
        return Optional.of(new OutcomeRecorded(
                OutcomeRecorded.Scale.GAS,
                plan.initiativeId(),
                plan.id(),
                plan.phase(),
                goals.lastScoreId(plan.id()),
                first.on(),
                round(first.tScore()),
                latest.on(),
                round(latest.tScore())));
    }

    /** The ladder's first and latest reading's mean over the areas, or empty while nothing is read. */
    public Optional<OutcomeRecorded> ladder(ToolInstance ladder) {
        var readings = ladders.readings(ladder.id()).stream()
                .filter(r -> r.mean() != null)
                .toList();
        if (readings.isEmpty()) {
            return Optional.empty();
        }
        LadderReading first = readings.get(0);
        LadderReading latest = readings.get(readings.size() - 1);
        long revision = readings.stream().mapToLong(LadderReading::id).max().orElseThrow();
        return Optional.of(new OutcomeRecorded(
                OutcomeRecorded.Scale.LADDER,
                ladder.initiativeId(),
                ladder.id(),
                ladder.phase(),
                revision,
                first.readOn(),
                round(first.mean()),
                latest.readOn(),
                round(latest.mean())));
    }

    /** The current outcome of every plan and ladder (demo seeds and the generator; a few statements per plan). */
    @Transactional(readOnly = true)
    public List<OutcomeRecorded> all() {
        var out = new ArrayList<OutcomeRecorded>();
        initiatives.toolInstances(PlanTool.ID).forEach(t -> gas(t).ifPresent(out::add));
        initiatives.toolInstances(LadderTool.ID).forEach(t -> ladder(t).ifPresent(out::add));
        return out;
    }

    private static BigDecimal round(double value) {
        return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP);
    }
}
