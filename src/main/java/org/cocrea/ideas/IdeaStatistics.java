package org.cocrea.ideas;

import java.util.List;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ideas proposed and supports given (comments are the comments module's), by month, for the platform statistics: counts only. */
@Component
class IdeaStatistics implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    IdeaStatistics(JdbcClient jdbc, CocreaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        // One query for both kinds, so the statistics page stays within its statement budget as tools join.
        var months = Statistic.countByMonth(
                jdbc,
                List.of(
                        new Statistic.Dated("admin.statistics.ideas", "created_at", "idea"),
                        new Statistic.Dated("admin.statistics.ideaSupports", "supported_at", "idea_support")),
                settings.timeZone());
        return months.entrySet().stream()
                .map(e -> Statistic.monthly(Statistic.PARTICIPATION, e.getKey(), e.getValue()))
                .toList();
    }
}
