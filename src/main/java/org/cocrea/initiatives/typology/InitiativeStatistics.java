package org.cocrea.initiatives.typology;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeFilter;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The initiatives' share of the platform statistics: the typology's cells (as on {@code /typology}, drafts never
 * counted; an initiative counts in each phase of its timeline), how many initiatives have each status, drafts
 * included, and how many were created each month. Three queries.
 */
@Component
class InitiativeStatistics implements StatisticsSource {
    private final InitiativeRepository initiatives;
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    InitiativeStatistics(InitiativeRepository initiatives, JdbcClient jdbc, CocreaSettings settings) {
        this.initiatives = initiatives;
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        var all = new ArrayList<Statistic>();
        for (var cell : initiatives.typology(InitiativeFilter.none())) {
            all.add(Statistic.of(
                    Statistic.CELLS,
                    "level." + cell.level().code(),
                    "phase." + cell.phase().code(),
                    cell.count()));
        }
        var byStatus = initiatives.countByStatus();
        for (Status status : Status.values()) {
            all.add(Statistic.of(Statistic.STATUS, "status." + status.code(), null, byStatus.getOrDefault(status, 0L)));
        }
        all.add(Statistic.monthly(
                Statistic.GROWTH,
                "admin.statistics.initiativesCreated",
                Statistic.countByMonth(jdbc, "created_at", "initiative", Map.of(), settings.timeZone())));
        return all;
    }
}
