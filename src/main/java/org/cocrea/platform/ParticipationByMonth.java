package org.cocrea.platform;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A module's participation for the platform statistics when it is one table's rows counted by the month of one
 * timestamp column (ballots cast, supports, signatures): nobody named, one count query. A module extends it with
 * its table, column and row label.
 */
public abstract class ParticipationByMonth implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;
    private final String rowKey;
    private final String column;
    private final String table;

    protected ParticipationByMonth(
            JdbcClient jdbc, CocreaSettings settings, String rowKey, String column, String table) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.rowKey = rowKey;
        this.column = column;
        this.table = table;
    }

    @Override
    public List<Statistic> statistics() {
        return List.of(Statistic.monthly(
                Statistic.PARTICIPATION,
                rowKey,
                Statistic.countByMonth(jdbc, column, table, Map.of(), settings.timeZone())));
    }
}
