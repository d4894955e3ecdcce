package org.cocrea.indicators;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Objective;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The indicator tables: indicators of a tool instance and their readings. */
@Repository
class IndicatorRepository {
    private static final String COLUMNS = """
            id, tool_instance_id, objective, name, unit, direction, baseline_value, baseline_on, target_value,
            target_on, source, method, measure_key""";
    private static final String READING =
            "r.id, r.indicator_id, r.reading_value, r.read_on, r.note, r.progress," + " r.source_key, r.people";

    private final JdbcClient jdbc;

    IndicatorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(Indicator i, Long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO indicator (tool_instance_id, objective, name, unit, direction, baseline_value, baseline_on,
                    target_value, target_on, source, method, measure_key, created_by, created_at)
                VALUES (:instance, :objective, :name, :unit, :direction, :baseline, :baselineOn, :target, :targetOn,
                    :source, :method, :measure, :by, :now)
                """)
                .param("instance", i.instanceId())
                .param("objective", i.objective().code())
                .param("name", i.name())
                .param("unit", i.unit())
                .param("direction", i.direction().code())
                .param("baseline", i.baseline())
                .param("baselineOn", i.baselineOn())
                .param("target", i.target())
                .param("targetOn", i.targetOn())
                .param("source", i.source())
                .param("method", i.method())
                .param("measure", i.measureKey())
                .param("by", by)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Indicator> of(long instance) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator WHERE tool_instance_id = :i ORDER BY id")
                .param("i", instance)
                .query(IndicatorRepository::indicator)
                .list();
    }

    Optional<Indicator> find(long instance, long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator WHERE tool_instance_id = :i AND id = :id")
                .param("i", instance)
                .param("id", id)
                .query(IndicatorRepository::indicator)
                .optional();
    }

    Optional<Indicator> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM indicator WHERE id = :id")
                .param("id", id)
                .query(IndicatorRepository::indicator)
                .optional();
    }

    /** A reading to store: the value, its day, note, raw progress, and the source it was taken from, if any. */
    record NewReading(
            BigDecimal value, LocalDate on, String note, BigDecimal progress, String sourceKey, Integer people) {}

    long addReading(long indicator, NewReading r, Long by, OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO indicator_reading (indicator_id, reading_value, read_on, note, progress, source_key, people,
                    entered_by, created_at)
                VALUES (:indicator, :value, :on, :note, :progress, :source, :people, :by, :now)
                """)
                .param("indicator", indicator)
                .param("value", r.value())
                .param("on", r.on())
                .param("note", r.note())
                .param("progress", r.progress())
                .param("source", r.sourceKey())
                .param("people", r.people())
                .param("by", by)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The readings of one indicator, oldest first. */
    List<IndicatorReading> readings(long indicator) {
        return jdbc.sql("SELECT " + READING
                        + " FROM indicator_reading r WHERE r.indicator_id = :i ORDER BY r.read_on, r.id")
                .param("i", indicator)
                .query(IndicatorRepository::reading)
                .list();
    }

    /** The readings of every indicator of an instance, oldest first, in one statement. */
    List<IndicatorReading> readingsOfInstance(long instance) {
        return jdbc.sql("SELECT " + READING + """
                         FROM indicator_reading r JOIN indicator i ON i.id = r.indicator_id
                        WHERE i.tool_instance_id = :i ORDER BY r.read_on, r.id
                        """)
                .param("i", instance)
                .query(IndicatorRepository::reading)
                .list();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM indicator").query(Long.class).single();
    }

    private static Indicator indicator(ResultSet rs, int n) throws SQLException {
        return new Indicator(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                Objective.fromCode(rs.getString("objective")).orElseThrow(),
                rs.getString("name"),
                rs.getString("unit"),
                Direction.fromCode(rs.getString("direction")).orElseThrow(),
                rs.getBigDecimal("baseline_value"),
                rs.getObject("baseline_on", LocalDate.class),
                rs.getBigDecimal("target_value"),
                rs.getObject("target_on", LocalDate.class),
                rs.getString("source"),
                rs.getString("method"),
                rs.getString("measure_key"));
    }

    private static IndicatorReading reading(ResultSet rs, int n) throws SQLException {
        return new IndicatorReading(
                rs.getLong("id"),
                rs.getLong("indicator_id"),
                rs.getBigDecimal("reading_value"),
                rs.getObject("read_on", LocalDate.class),
                rs.getString("note"),
                rs.getBigDecimal("progress"),
                rs.getString("source_key"),
                (Integer) rs.getObject("people", Integer.class));
    }
}
