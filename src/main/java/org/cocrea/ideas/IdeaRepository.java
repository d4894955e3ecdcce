package org.cocrea.ideas;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The idea and idea_settings tables: proposals with their counts, lists with filters, answers, moderation. */
@Repository
class IdeaRepository {
    private static final String SELECT = """
            SELECT i.id, i.tool_instance_id, i.author_id, i.title, i.body, i.category, i.latitude, i.longitude,
                i.cost_cents, i.status, i.answer, i.answered_at, i.moderation, i.created_at, i.image_id,
                (SELECT COUNT(*) FROM idea_support s WHERE s.idea_id = i.id) AS supports,
                0 AS comments
            FROM idea i""";
    private static final String SHOWN = "i.moderation IN ('none', 'cleared')";

    private final JdbcClient jdbc;

    IdeaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A new proposal's content, already checked. */
    record Draft(
            String title, String body, String category, BigDecimal latitude, BigDecimal longitude, Long costCents) {}

    /** Filters and order of a list; {@code category} and {@code status} may be null (no filter). */
    record Query(String category, IdeaStatus status, Sort sort, long seed, boolean withHidden) {}

    enum Sort {
        RECENT("recent"),
        SUPPORTED("supported"),
        RANDOM("random");

        final String code;

        Sort(String code) {
            this.code = code;
        }

        static Sort fromCode(String code) {
            for (Sort s : values()) {
                if (s.code.equals(code)) {
                    return s;
                }
            }
            return RECENT;
        }
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    IdeaSettings settings(long toolInstanceId) {
        return jdbc.sql("""
                SELECT categories, supports_per_person, support_threshold, reports_to_hide FROM idea_settings
                WHERE tool_instance_id = :t
                """)
                .param("t", toolInstanceId)
                .query(IdeaSettings.class)
                .optional()
                .orElse(IdeaSettings.DEFAULTS);
    }

    void saveSettings(long toolInstanceId, IdeaSettings s) {
        int updated = jdbc.sql("""
                UPDATE idea_settings SET categories = :c, supports_per_person = :s, support_threshold = :t,
                    reports_to_hide = :r
                WHERE tool_instance_id = :i
                """).params(settingsParams(toolInstanceId, s)).update();
        if (updated == 0) {
            jdbc.sql("""
                    INSERT INTO idea_settings (tool_instance_id, categories, supports_per_person, support_threshold,
                        reports_to_hide)
                    VALUES (:i, :c, :s, :t, :r)
                    """).params(settingsParams(toolInstanceId, s)).update();
        }
    }

    private static java.util.Map<String, Object> settingsParams(long toolInstanceId, IdeaSettings s) {
        return java.util.Map.of(
                "i", toolInstanceId,
                "c", s.categories(),
                "s", s.supportsPerPerson(),
                "t", s.supportThreshold(),
                "r", s.reportsToHide());
    }

    long insert(long toolInstanceId, Long authorId, Draft d) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO idea (tool_instance_id, author_id, title, body, category, latitude, longitude, cost_cents,
                    status, moderation, created_at)
                VALUES (:t, :author, :title, :body, :category, :lat, :lon, :cost, 'open', 'none', :now)
                """)
                .param("t", toolInstanceId)
                .param("author", authorId)
                .param("title", d.title())
                .param("body", d.body())
                .param("category", d.category())
                .param("lat", d.latitude())
                .param("lon", d.longitude())
                .param("cost", d.costCents())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The proposal's picture (platform.Images). */
    void setImage(long id, Long imageId) {
        jdbc.sql("UPDATE idea SET image_id = :image WHERE id = :id")
                .param("image", imageId)
                .param("id", id)
                .update();
    }

    Optional<Idea> find(long id) {
        return jdbc.sql(SELECT + " WHERE i.id = :id")
                .param("id", id)
                .query(IdeaRepository::row)
                .optional();
    }

    /**
     * One page of a list; the random order is a fixed permutation per seed (1 to 2^31 - 2), so pages do not
     * overlap.
     */
    List<Idea> page(long toolInstanceId, Query q, int limit, long offset) {
        String order = switch (q.sort()) {
            case RECENT -> "i.created_at DESC, i.id DESC";
            case SUPPORTED -> "supports DESC, i.id DESC";
            // Multiplying by the seed modulo a prime permutes the ids; each seed gives another order.
            case RANDOM -> "MOD(i.id * :seed, 2147483647), i.id";
        };
        var spec = jdbc.sql(SELECT + where(q) + " ORDER BY " + order + " LIMIT :limit OFFSET :offset");
        spec = bind(spec, toolInstanceId, q).param("limit", limit).param("offset", offset);
        if (q.sort() == Sort.RANDOM) {
            spec = spec.param("seed", q.seed());
        }
        return spec.query(IdeaRepository::row).list();
    }

    long count(long toolInstanceId, Query q) {
        return bind(jdbc.sql("SELECT COUNT(*) FROM idea i" + where(q)), toolInstanceId, q)
                .query(Long.class)
                .single();
    }

    /** The categories in use, for the filter when facilitators set none. */
    List<String> categoriesInUse(long toolInstanceId) {
        return jdbc.sql("""
                SELECT DISTINCT category FROM idea WHERE tool_instance_id = :t AND category IS NOT NULL
                ORDER BY category
                """).param("t", toolInstanceId).query(String.class).list();
    }

    private static String where(Query q) {
        return " WHERE i.tool_instance_id = :t"
                + (q.withHidden() ? "" : " AND " + SHOWN)
                + (q.category() == null ? "" : " AND i.category = :category")
                + (q.status() == null ? "" : " AND i.status = :status");
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, long toolInstanceId, Query q) {
        spec = spec.param("t", toolInstanceId);
        if (q.category() != null) {
            spec = spec.param("category", q.category());
        }
        if (q.status() != null) {
            spec = spec.param("status", q.status().code());
        }
        return spec;
    }

    /** Accepted proposals that are not hidden, in the order they were made. */
    List<Idea> accepted(Collection<Long> toolInstanceIds) {
        if (toolInstanceIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE i.tool_instance_id IN (:t) AND i.status = 'accepted' AND " + SHOWN
                        + " ORDER BY i.id")
                .param("t", toolInstanceIds)
                .query(IdeaRepository::row)
                .list();
    }

    void answer(long id, IdeaStatus status, String answer) {
        answer(id, status, answer, now());
    }

    void answer(long id, IdeaStatus status, String answer, OffsetDateTime at) {
        jdbc.sql("UPDATE idea SET status = :s, answer = :a, answered_at = :now WHERE id = :id")
                .param("s", status.code())
                .param("a", answer)
                .param("now", at)
                .param("id", id)
                .update();
    }

    void moderate(long id, String moderation) {
        jdbc.sql("UPDATE idea SET moderation = :m WHERE id = :id")
                .param("m", moderation)
                .param("id", id)
                .update();
    }

    /** Hides a proposal pending review, unless a facilitator already reviewed (cleared) or hid it. */
    boolean hideForReview(long id) {
        return jdbc.sql("UPDATE idea SET moderation = 'pending' WHERE id = :id AND moderation = 'none'")
                        .param("id", id)
                        .update()
                == 1;
    }

    long countIn(long toolInstanceId) {
        return jdbc.sql("SELECT COUNT(*) FROM idea WHERE tool_instance_id = :t")
                .param("t", toolInstanceId)
                .query(Long.class)
                .single();
    }

    private static Idea row(ResultSet rs, int n) throws SQLException {
        return new Idea(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                rs.getObject("author_id", Long.class),
                rs.getString("title"),
                rs.getString("body"),
                rs.getString("category"),
                decimal(rs.getBigDecimal("latitude")),
                decimal(rs.getBigDecimal("longitude")),
                rs.getObject("cost_cents", Long.class),
                IdeaStatus.fromCode(rs.getString("status")).orElseThrow(),
                rs.getString("answer"),
                rs.getObject("answered_at", OffsetDateTime.class),
                rs.getString("moderation"),
                rs.getObject("created_at", OffsetDateTime.class),
                rs.getLong("supports"),
                rs.getLong("comments"),
                rs.getObject("image_id", Long.class));
    }

    private static BigDecimal decimal(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros();
    }
}
