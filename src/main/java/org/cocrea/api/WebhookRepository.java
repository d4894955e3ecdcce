package org.cocrea.api;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The tables {@code webhook_subscription} and {@code webhook_delivery} (the outbox). */
@Repository
class WebhookRepository {
    private final JdbcClient jdbc;

    WebhookRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Subscription(
            long id,
            long organisationId,
            String url,
            List<String> events,
            String secret,
            boolean privateAllowed,
            OffsetDateTime createdAt) {
        WebhookView view() {
            return new WebhookView(id, url, events, privateAllowed, createdAt);
        }
    }

    /** A delivery due to be sent, with what the sender needs of its subscription. */
    record Due(
            String id,
            long subscriptionId,
            String url,
            String secret,
            boolean privateAllowed,
            String body,
            int attempts,
            OffsetDateTime nextAttemptAt,
            OffsetDateTime createdAt) {}

    long subscribe(
            long organisationId,
            String url,
            List<String> events,
            String secret,
            Long allowedBy,
            long by,
            OffsetDateTime now) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO webhook_subscription (organisation_id, url, events, secret, allowed_by, created_by, created_at)
                VALUES (:organisation, :url, :events, :secret, :allowedBy, :by, :now)
                """)
                .param("organisation", organisationId)
                .param("url", url)
                .param("events", String.join(" ", events))
                .param("secret", secret)
                .param("allowedBy", allowedBy)
                .param("by", by)
                .param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static final String SUBSCRIPTION =
            "SELECT id, organisation_id, url, events, secret, allowed_by, created_at FROM webhook_subscription ";

    List<Subscription> ofOrganisation(long organisationId) {
        return jdbc.sql(SUBSCRIPTION + "WHERE organisation_id = :o AND removed_at IS NULL ORDER BY id")
                .param("o", organisationId)
                .query(WebhookRepository::subscription)
                .list();
    }

    Optional<Subscription> subscription(long organisationId, long id) {
        return jdbc.sql(SUBSCRIPTION + "WHERE id = :id AND organisation_id = :o AND removed_at IS NULL")
                .param("id", id)
                .param("o", organisationId)
                .query(WebhookRepository::subscription)
                .optional();
    }

    boolean remove(long organisationId, long id, OffsetDateTime now) {
        return jdbc.sql("""
                        UPDATE webhook_subscription SET removed_at = :now
                        WHERE id = :id AND organisation_id = :o AND removed_at IS NULL
                        """)
                        .param("now", now)
                        .param("id", id)
                        .param("o", organisationId)
                        .update()
                == 1;
    }

    /** One row per (subscription, event key): a replayed event adds nothing. True when the row is new. */
    boolean enqueue(
            String id, long subscriptionId, String eventKey, String eventType, String body, OffsetDateTime now) {
        return jdbc.sql("""
                        INSERT INTO webhook_delivery (id, subscription_id, event_key, event_type, body, created_at, next_attempt_at)
                        VALUES (:id, :subscription, :key, :type, :body, :now, :now)
                        ON CONFLICT DO NOTHING
                        """)
                        .param("id", id)
                        .param("subscription", subscriptionId)
                        .param("key", eventKey)
                        .param("type", eventType)
                        .param("body", body)
                        .param("now", now)
                        .update()
                == 1;
    }

    List<Due> due(OffsetDateTime now, int limit) {
        return jdbc.sql("""
                        SELECT d.id, d.subscription_id, s.url, s.secret, s.allowed_by, d.body, d.attempts,
                               d.next_attempt_at, d.created_at
                        FROM webhook_delivery d JOIN webhook_subscription s ON s.id = d.subscription_id
                        WHERE d.next_attempt_at <= :now AND s.removed_at IS NULL
                        ORDER BY d.next_attempt_at, d.id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("now", now)
                .param("limit", limit)
                .query((rs, row) -> new Due(
                        rs.getString("id"),
                        rs.getLong("subscription_id"),
                        rs.getString("url"),
                        rs.getString("secret"),
                        rs.getObject("allowed_by") != null,
                        rs.getString("body"),
                        rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class),
                        rs.getObject("created_at", OffsetDateTime.class)))
                .list();
    }

    /**
     * Takes the delivery for one attempt: moves its next attempt to {@code lease} only if nobody else did since it
     * was read, so that of two senders exactly one sends it.
     */
    boolean claim(Due due, OffsetDateTime lease) {
        return jdbc.sql("""
                        UPDATE webhook_delivery SET next_attempt_at = :lease, attempts = attempts + 1
                        WHERE id = :id AND next_attempt_at = :read AND delivered_at IS NULL
                        """)
                        .param("lease", lease)
                        .param("id", due.id())
                        .param("read", due.nextAttemptAt())
                        .update()
                == 1;
    }

    void delivered(String id, int status, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE webhook_delivery SET delivered_at = :now, next_attempt_at = NULL, last_status = :status,
                    last_error = NULL
                WHERE id = :id
                """).param("now", now).param("status", status).param("id", id).update();
    }

    /** A failed attempt, tried again at {@code next}; the reason kept for the log. */
    void retry(String id, Integer status, String error, OffsetDateTime next) {
        jdbc.sql("""
                UPDATE webhook_delivery SET next_attempt_at = :next, last_status = :status, last_error = :error
                WHERE id = :id
                """)
                .param("next", next)
                .param("status", status)
                .param("error", clip(error))
                .param("id", id)
                .update();
    }

    /** A delivery that failed for a day: no more attempts. */
    void giveUp(String id, Integer status, String error, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE webhook_delivery SET next_attempt_at = NULL, given_up_at = :now, last_status = :status,
                    last_error = :error
                WHERE id = :id
                """)
                .param("now", now)
                .param("status", status)
                .param("error", clip(error))
                .param("id", id)
                .update();
    }

    private static String clip(String error) {
        return error == null ? null : error.substring(0, Math.min(300, error.length()));
    }

    List<DeliveryView> log(long subscriptionId, int limit) {
        return jdbc.sql("""
                        SELECT id, event_type, created_at, attempts, next_attempt_at, delivered_at, given_up_at,
                               last_status, last_error
                        FROM webhook_delivery WHERE subscription_id = :s ORDER BY created_at DESC, id
                        FETCH FIRST :limit ROWS ONLY
                        """)
                .param("s", subscriptionId)
                .param("limit", limit)
                .query((rs, row) -> new DeliveryView(
                        rs.getString("id"),
                        rs.getString("event_type"),
                        rs.getObject("created_at", OffsetDateTime.class),
                        rs.getInt("attempts"),
                        rs.getObject("next_attempt_at", OffsetDateTime.class),
                        rs.getObject("delivered_at", OffsetDateTime.class),
                        rs.getObject("given_up_at", OffsetDateTime.class),
                        (Integer) rs.getObject("last_status"),
                        rs.getString("last_error")))
                .list();
    }

    private static Subscription subscription(ResultSet rs, int row) throws SQLException {
        return new Subscription(
                rs.getLong("id"),
                rs.getLong("organisation_id"),
                rs.getString("url"),
                Arrays.asList(rs.getString("events").split(" ")),
                rs.getString("secret"),
                rs.getObject("allowed_by") != null,
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
