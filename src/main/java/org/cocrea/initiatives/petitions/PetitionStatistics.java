package org.cocrea.initiatives.petitions;

import java.util.List;
import java.util.Map;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Supports of petitions by month, for the platform statistics: one count query, nobody named. */
@Component
class PetitionStatistics implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    PetitionStatistics(JdbcClient jdbc, CocreaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        return List.of(Statistic.monthly(
                Statistic.PARTICIPATION,
                "admin.statistics.petitionSupports",
                Statistic.countByMonth(jdbc, "supported_at", "petition_support", Map.of(), settings.timeZone())));
    }
}
