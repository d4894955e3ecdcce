package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo-data generator: an indicators instance in an initiative's phase with indicators and their typed
 * readings, each checked as the form checks it (one of the initiative's declared objectives, a target on the better
 * side of the baseline, a target date after the baseline's, readings not before the baseline) and stored with the
 * progress the service computes. It returns the {@link IndicatorRead} each reading would have published, so the
 * generator hands them to the evidence module as the events would.
 */
@Service
public class BulkIndicators {
    /** A reading as a facilitator types it. */
    public record NewReading(BigDecimal value, LocalDate on, String note) {}

    /** An indicator as a facilitator defines it, with its readings. */
    public record NewIndicator(
            Objective objective,
            String name,
            String unit,
            Direction direction,
            BigDecimal baseline,
            LocalDate baselineOn,
            BigDecimal target,
            LocalDate targetOn,
            String source,
            String method,
            List<NewReading> readings) {}

    private final Initiatives initiatives;
    private final IndicatorRepository indicators;

    BulkIndicators(Initiatives initiatives, IndicatorRepository indicators) {
        this.initiatives = initiatives;
        this.indicators = indicators;
    }

    @Transactional
    public List<IndicatorRead> add(Initiative initiative, Phase phase, Long by, List<NewIndicator> list) {
        for (var n : list) {
            boolean better = n.direction() == Direction.HIGHER
                    ? n.target().compareTo(n.baseline()) > 0
                    : n.target().compareTo(n.baseline()) < 0;
            boolean ok = initiative.objectives().contains(n.objective())
                    && better
                    && n.targetOn().isAfter(n.baselineOn())
                    && !n.name().isBlank()
                    && !n.unit().isBlank()
                    && n.readings().stream().noneMatch(r -> r.on().isBefore(n.baselineOn()));
            if (!ok) {
                throw new IllegalArgumentException("an indicator the form would refuse: " + n);
            }
        }
        long instance = initiatives
                .addToolForDemo(initiative.id(), phase, IndicatorsTool.ID)
                .id();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        var out = new ArrayList<IndicatorRead>();
        for (var n : list) {
            var indicator = new Indicator(
                    0,
                    instance,
                    n.objective(),
                    n.name(),
                    n.unit(),
                    n.direction(),
                    n.baseline(),
                    n.baselineOn(),
                    n.target(),
                    n.targetOn(),
                    n.source(),
                    n.method(),
                    null);
            long id = indicators.create(indicator, by, now);
            for (var r : n.readings()) {
                long reading = indicators.addReading(
                        id,
                        new IndicatorRepository.NewReading(
                                r.value(),
                                r.on(),
                                r.note(),
                                indicator.progress(r.value()).raw(),
                                null,
                                null),
                        by,
                        now);
                out.add(new IndicatorRead(
                        initiative.id(),
                        instance,
                        phase,
                        id,
                        n.objective(),
                        r.value(),
                        n.baseline(),
                        n.target(),
                        n.direction(),
                        r.on(),
                        reading,
                        n.name(),
                        n.unit()));
            }
        }
        initiatives.touch(initiative.id());
        return out;
    }
}
