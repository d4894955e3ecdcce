package org.cocrea.comments;

import java.util.List;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Comments written, in every tool and on initiative pages, by month, for the platform statistics: counts only. */
@Component
class CommentStatistics implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    CommentStatistics(JdbcClient jdbc, CocreaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        var months = Statistic.countByMonth(
                jdbc,
                List.of(new Statistic.Dated("comments.statistics", "created_at", "comment")),
                settings.timeZone());
        return months.entrySet().stream()
                .map(e -> Statistic.monthly(Statistic.PARTICIPATION, e.getKey(), e.getValue()))
                .toList();
    }
}
