package org.cocrea.ledger;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo-data generator: many contributions at once, entries and their totals in JDBC batches in one
 * transaction (the generator's batch), instead of one event each. Keys must be new: a key already recorded fails
 * the batch (nothing stored), so a resumed run never counts a contribution twice.
 */
@Service
public class BulkContributions {
    private final JdbcTemplate jdbc;

    BulkContributions(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional
    public void add(List<ContributionRecorded> contributions) {
        if (contributions.isEmpty()) {
            return;
        }
        var now = Timestamp.from(LedgerRepository.now().toInstant());
        jdbc.batchUpdate("""
                INSERT INTO ledger_entry (entry_key, revision, initiative_id, phase, tool_id, tool_instance_id,
                    person_id, side, kind, quantity, unit, done_on, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, contributions, 500, (ps, e) -> {
            ps.setString(1, e.key());
            ps.setLong(2, e.revision());
            ps.setLong(3, e.initiativeId());
            ps.setString(4, e.phase().code());
            ps.setString(5, e.toolId());
            ps.setLong(6, e.toolInstanceId());
            ps.setObject(7, e.personId());
            ps.setString(8, LedgerRepository.code(e.side()));
            ps.setString(9, LedgerRepository.code(e.kind()));
            ps.setBigDecimal(10, e.quantity());
            ps.setString(11, Recorder.unit(e));
            ps.setDate(12, Date.valueOf(e.on()));
            ps.setTimestamp(13, now);
        });
        var totals = new LinkedHashMap<LedgerRepository.TotalKey, BigDecimal[]>();
        for (var e : contributions) {
            var key = new LedgerRepository.TotalKey(
                    e.initiativeId(), e.phase(), e.toolId(), e.side(), e.kind(), Recorder.unit(e), e.on());
            var sum = totals.computeIfAbsent(key, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            sum[0] = sum[0].add(e.quantity());
            sum[1] = sum[1].add(e.quantity().signum() > 0 ? BigDecimal.ONE : BigDecimal.ZERO);
        }
        List<Map.Entry<LedgerRepository.TotalKey, BigDecimal[]>> rows = new ArrayList<>(totals.entrySet());
        jdbc.batchUpdate("""
                INSERT INTO ledger_total (initiative_id, phase, tool_id, side, kind, unit, done_on, quantity, entries)
                VALUES (?, ?, ?, ?, ?, ?, ?, 0, 0) ON CONFLICT DO NOTHING
                """, rows, 500, (ps, row) -> key(ps, row.getKey(), 1));
        jdbc.batchUpdate("""
                UPDATE ledger_total SET quantity = quantity + ?, entries = entries + ?
                WHERE initiative_id = ? AND phase = ? AND tool_id = ? AND side = ? AND kind = ? AND unit = ?
                    AND done_on = ?
                """, rows, 500, (ps, row) -> {
            ps.setBigDecimal(1, row.getValue()[0]);
            ps.setLong(2, row.getValue()[1].longValue());
            key(ps, row.getKey(), 3);
        });
    }

    private static void key(java.sql.PreparedStatement ps, LedgerRepository.TotalKey k, int first)
            throws java.sql.SQLException {
        ps.setLong(first, k.initiativeId());
        ps.setString(first + 1, k.phase().code());
        ps.setString(first + 2, k.toolId());
        ps.setString(first + 3, LedgerRepository.code(k.side()));
        ps.setString(first + 4, LedgerRepository.code(k.kind()));
        ps.setString(first + 5, k.unit());
        ps.setDate(first + 6, Date.valueOf(k.on()));
    }
}
