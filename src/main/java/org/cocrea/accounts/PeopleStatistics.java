package org.cocrea.accounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Statistic;
import org.cocrea.platform.StatisticsSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * People for the platform statistics: accounts (deleted ones left out) by kind and by whether their address is
 * confirmed (administrators apart, whatever their kind), and accounts opened each month (deleted ones included: they were opened). Counts only; two queries.
 */
@Component
class PeopleStatistics implements StatisticsSource {
    private final JdbcClient jdbc;
    private final CocreaSettings settings;

    PeopleStatistics(JdbcClient jdbc, CocreaSettings settings) {
        this.jdbc = jdbc;
        this.settings = settings;
    }

    @Override
    public List<Statistic> statistics() {
        Map<String, Long> counts = new HashMap<>();
        jdbc.sql("""
                        SELECT k, c, COUNT(*) FROM (
                            SELECT CASE WHEN admin THEN 'admin' ELSE kind END AS k,
                                CASE WHEN email_verified_at IS NULL THEN 'unconfirmed' ELSE 'confirmed' END AS c
                            FROM app_user WHERE deleted_at IS NULL) people
                        GROUP BY k, c
                        """)
                .query((rs, n) -> counts.put(rs.getString(1) + "/" + rs.getString(2), rs.getLong(3)))
                .list();
        var all = new ArrayList<Statistic>();
        // Administrators apart from their kind, so that each person is counted once.
        for (String code : List.of(PersonKind.CITIZEN.code(), PersonKind.PROFESSIONAL.code(), "admin")) {
            for (String confirmed : List.of("confirmed", "unconfirmed")) {
                all.add(Statistic.of(
                        Statistic.PEOPLE,
                        "admin.statistics.kind." + code,
                        "admin.statistics." + confirmed,
                        counts.getOrDefault(code + "/" + confirmed, 0L)));
            }
        }
        all.add(Statistic.monthly(
                Statistic.GROWTH,
                "admin.statistics.accountsOpened",
                Statistic.countByMonth(jdbc, "created_at", "app_user", Map.of(), settings.timeZone())));
        return all;
    }
}
