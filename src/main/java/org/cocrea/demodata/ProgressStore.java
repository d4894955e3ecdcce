package org.cocrea.demodata;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The demo_data_run and demo_data_progress tables: which run this database holds and which batches are done. */
@Repository
class ProgressStore {
    record Run(String scale, long seed, OffsetDateTime finishedAt) {}

    private final JdbcClient jdbc;

    ProgressStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Run> run() {
        return jdbc.sql("SELECT scale, seed, finished_at FROM demo_data_run WHERE id = 1")
                .query((rs, n) -> new Run(rs.getString(1), rs.getLong(2), rs.getObject(3, OffsetDateTime.class)))
                .optional();
    }

    void start(Scale scale, long seed) {
        jdbc.sql("INSERT INTO demo_data_run (id, scale, seed, started_at) VALUES (1, :scale, :seed, :now)")
                .param("scale", scale.code())
                .param("seed", seed)
                .param("now", now())
                .update();
    }

    void finish() {
        jdbc.sql("UPDATE demo_data_run SET finished_at = :now WHERE id = 1")
                .param("now", now())
                .update();
    }

    /**
     * Refreshes the planner's statistics (both databases know {@code ANALYZE}): right after a bulk load they
     * still describe empty tables, and a page's query plan can be a hundred times slower until autovacuum runs.
     */
    void analyze() {
        jdbc.sql("ANALYZE").update();
    }

    Set<Integer> done(String step) {
        return new HashSet<>(jdbc.sql("SELECT batch FROM demo_data_progress WHERE step = :step")
                .param("step", step)
                .query(Integer.class)
                .list());
    }

    /** Called in the batch's own transaction, so the mark and the batch's rows commit together. */
    void mark(String step, int batch) {
        jdbc.sql("INSERT INTO demo_data_progress (step, batch, done_at) VALUES (:step, :batch, :now)")
                .param("step", step)
                .param("batch", batch)
                .param("now", now())
                .update();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
