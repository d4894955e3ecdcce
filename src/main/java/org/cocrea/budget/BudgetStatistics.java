package org.cocrea.budget;

import java.util.List;
import java.util.Map;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballots cast in participatory budgets by month, for the platform statistics: one count query, nobody named. */
@Component
class BudgetStatistics implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    BudgetStatistics(JdbcClient jdbc, CocreaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        return List.of(Statistic.monthly(
                Statistic.PARTICIPATION,
                "admin.statistics.budgetBallots",
                Statistic.countByMonth(jdbc, "cast_at", "budget_ballot", Map.of(), settings.timeZone())));
    }
}
