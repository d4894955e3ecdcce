package org.cocrea.platform;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Lets a scheduled job run on one node only: the node that moves {@code locked_until} forward in a
 * single conditional UPDATE (or inserts the row first) wins this round.
 */
@Component
public class JobLock {
    private static final String NODE = ManagementFactory.getRuntimeMXBean().getName();
    private final JdbcClient jdbc;

    JobLock(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public boolean tryAcquire(String job, Duration hold) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        int updated = jdbc.sql("""
                UPDATE job_lock SET locked_until = :until, locked_by = :node
                WHERE name = :name AND locked_until <= :now
                """)
                .param("until", now.plus(hold))
                .param("node", NODE)
                .param("name", job)
                .param("now", now)
                .update();
        if (updated == 1) {
            return true;
        }
        try {
            return jdbc.sql("INSERT INTO job_lock (name, locked_until, locked_by) VALUES (:name, :until, :node)")
                            .param("name", job)
                            .param("until", now.plus(hold))
                            .param("node", NODE)
                            .update()
                    == 1;
        } catch (DuplicateKeyException taken) {
            return false;
        }
    }
}
