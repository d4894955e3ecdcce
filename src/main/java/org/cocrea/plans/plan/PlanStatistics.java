package org.cocrea.plans.plan;

import java.util.List;
import java.util.Map;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Signatures of plan versions (by the citizen, a proxy or the case manager) by month, for the platform statistics: one count query, nobody named. */
@Component
class PlanStatistics implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    PlanStatistics(JdbcClient jdbc, CocreaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        return List.of(Statistic.monthly(
                Statistic.PARTICIPATION,
                "admin.statistics.planSignatures",
                Statistic.countByMonth(jdbc, "signed_at", "plan_signature", Map.of(), settings.timeZone())));
    }
}
