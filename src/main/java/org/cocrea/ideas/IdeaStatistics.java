package org.cocrea.ideas;

import java.util.List;
import java.util.Map;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ideas proposed, comments written and supports given, by month, for the platform statistics: counts only. */
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
        var zone = settings.timeZone();
        return List.of(
                Statistic.monthly(
                        Statistic.PARTICIPATION,
                        "admin.statistics.ideas",
                        Statistic.countByMonth(jdbc, "created_at", "idea", Map.of(), zone)),
                Statistic.monthly(
                        Statistic.PARTICIPATION,
                        "admin.statistics.ideaSupports",
                        Statistic.countByMonth(jdbc, "supported_at", "idea_support", Map.of(), zone)),
                Statistic.monthly(
                        Statistic.PARTICIPATION,
                        "admin.statistics.comments",
                        Statistic.countByMonth(jdbc, "created_at", "idea_comment", Map.of(), zone)));
    }
}
