package org.cocrea.vote;

import java.util.List;
import java.util.Map;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballots cast in votes by month, for the platform statistics: one count query, nobody named. */
@Component
class VoteStatistics implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    VoteStatistics(JdbcClient jdbc, CocreaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        return List.of(Statistic.monthly(
                Statistic.PARTICIPATION,
                "admin.statistics.voteBallots",
                Statistic.countByMonth(jdbc, "cast_at", "vote_ballot", Map.of(), settings.timeZone())));
    }
}
