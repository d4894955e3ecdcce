package org.cocrea.ideas;

import java.util.Optional;
import org.springframework.dao.ConcurrencyFailureException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Supports and their per-person limit. One support per person per proposal is the primary key of idea_support;
 * the limit is a counter row per person and instance that is only incremented while below the limit, in the same
 * transaction as the support, so concurrent requests of one person queue on that row and cannot overshoot.
 * Eligibility is the caller's business, so that this can be tested without Spring.
 */
@Component
class Supports {
    static final String AGAIN = "ideas.support.again";
    static final String LIMIT = "ideas.support.limit";
    private static final int ATTEMPTS = 20;

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    Supports(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Adds the support, or returns the message key saying why not; when refused nothing changes. */
    Optional<String> support(long toolInstanceId, long ideaId, long personId, int limit) {
        ensureQuotaRow(toolInstanceId, personId);
        return retrying(() -> {
            try {
                return tx.execute(status -> {
                    int taken = jdbc.sql("""
                                    UPDATE idea_support_quota SET used = used + 1
                                    WHERE tool_instance_id = :t AND person_id = :p AND used < :limit
                                    """)
                            .param("t", toolInstanceId)
                            .param("p", personId)
                            .param("limit", limit)
                            .update();
                    if (taken == 0) {
                        return Optional.of(LIMIT);
                    }
                    jdbc.sql("INSERT INTO idea_support (idea_id, person_id, supported_at) VALUES (:i, :p, :now)")
                            .param("i", ideaId)
                            .param("p", personId)
                            .param("now", IdeaRepository.now())
                            .update();
                    return Optional.<String>empty();
                });
            } catch (DuplicateKeyException e) {
                // The whole transaction, quota included, was rolled back.
                return Optional.of(AGAIN);
            }
        });
    }

    /** Removes the person's support; returns whether there was one. */
    boolean withdraw(long toolInstanceId, long ideaId, long personId) {
        return retrying(() -> tx.execute(status -> {
            // Lock the quota row first, in the same order as support(), so the two never deadlock.
            jdbc.sql("UPDATE idea_support_quota SET used = used WHERE tool_instance_id = :t AND person_id = :p")
                    .param("t", toolInstanceId)
                    .param("p", personId)
                    .update();
            int removed = jdbc.sql("DELETE FROM idea_support WHERE idea_id = :i AND person_id = :p")
                    .param("i", ideaId)
                    .param("p", personId)
                    .update();
            if (removed == 1) {
                jdbc.sql("""
                                UPDATE idea_support_quota SET used = used - 1
                                WHERE tool_instance_id = :t AND person_id = :p AND used > 0
                                """).param("t", toolInstanceId).param("p", personId).update();
            }
            return removed == 1;
        }));
    }

    private void ensureQuotaRow(long toolInstanceId, long personId) {
        try {
            jdbc.sql("""
                    INSERT INTO idea_support_quota (tool_instance_id, person_id, used) SELECT :t, :p, 0
                    WHERE NOT EXISTS (SELECT 1 FROM idea_support_quota WHERE tool_instance_id = :t AND person_id = :p)
                    """).param("t", toolInstanceId).param("p", personId).update();
        } catch (DuplicateKeyException raced) {
            // Another request of the same person created it first.
        }
    }

    /** H2 may report a lock timeout or a concurrent update, PostgreSQL a deadlock: try again from the start. */
    private static <T> T retrying(java.util.function.Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return work.get();
            } catch (ConcurrencyFailureException e) {
                if (attempt == ATTEMPTS) {
                    throw e;
                }
                try {
                    Thread.sleep(attempt * 5L);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
            }
        }
    }
}
