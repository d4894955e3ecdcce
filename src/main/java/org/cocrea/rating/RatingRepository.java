package org.cocrea.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The rating tables: one face per person, instance and day, and whether the results are published. */
@Repository
class RatingRepository {
    private final JdbcClient jdbc;

    RatingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A person's face of one day, with the reason given for it (null when none). */
    record Mine(Face face, String reason) {}

    /**
     * Stores the person's face of the day: inserted, or (a new tap the same day) replacing the one stored, its
     * reason dropped when the face changed. The UNIQUE constraint decides between concurrent taps: the insert that
     * loses does nothing and the update follows, so there is always exactly one row.
     */
    long put(long instance, long person, LocalDate day, int score, OffsetDateTime now) {
        int inserted = jdbc.sql("""
                INSERT INTO rating (tool_instance_id, person_id, rated_on, score, rated_at)
                VALUES (:i, :p, :d, :s, :now) ON CONFLICT DO NOTHING
                """)
                .param("i", instance)
                .param("p", person)
                .param("d", day)
                .param("s", score)
                .param("now", now)
                .update();
        if (inserted == 0) {
            jdbc.sql("""
                    UPDATE rating SET reason = CASE WHEN score = :s THEN reason ELSE NULL END, score = :s, rated_at = :now
                    WHERE tool_instance_id = :i AND person_id = :p AND rated_on = :d
                    """)
                    .param("i", instance)
                    .param("p", person)
                    .param("d", day)
                    .param("s", score)
                    .param("now", now)
                    .update();
        }
        return jdbc.sql("SELECT id FROM rating WHERE tool_instance_id = :i AND person_id = :p AND rated_on = :d")
                .param("i", instance)
                .param("p", person)
                .param("d", day)
                .query(Long.class)
                .single();
    }

    /** Sets the reason of the person's negative face of the day; false when there is none that day. */
    boolean reason(long instance, long person, LocalDate day, String reason) {
        return jdbc.sql("""
                        UPDATE rating SET reason = :r
                        WHERE tool_instance_id = :i AND person_id = :p AND rated_on = :d AND score = -1
                        """)
                        .param("i", instance)
                        .param("p", person)
                        .param("d", day)
                        .param("r", reason)
                        .update()
                == 1;
    }

    Optional<Mine> mine(long instance, long person, LocalDate day) {
        return jdbc.sql("""
                        SELECT score, reason FROM rating WHERE tool_instance_id = :i AND person_id = :p AND rated_on = :d
                        """)
                .param("i", instance)
                .param("p", person)
                .param("d", day)
                .query((rs, n) -> new Mine(Face.of(rs.getInt("score")), rs.getString("reason")))
                .optional();
    }

    /** Every day's count per score, in one statement. */
    List<Results.DayCount> days(long instance) {
        return jdbc.sql("""
                        SELECT rated_on, score, COUNT(*) AS n FROM rating WHERE tool_instance_id = :i
                        GROUP BY rated_on, score ORDER BY rated_on, score
                        """)
                .param("i", instance)
                .query((rs, n) -> new Results.DayCount(
                        rs.getObject("rated_on", LocalDate.class), rs.getInt("score"), rs.getInt("n")))
                .list();
    }

    /** The newest reasons given with a negative face. */
    List<RatingReason> reasons(long instance, int limit) {
        return jdbc.sql("""
                        SELECT reason, rated_on FROM rating WHERE tool_instance_id = :i AND reason IS NOT NULL
                        ORDER BY rated_on DESC, id DESC LIMIT :limit
                        """)
                .param("i", instance)
                .param("limit", limit)
                .query((rs, n) -> new RatingReason(rs.getString("reason"), rs.getObject("rated_on", LocalDate.class)))
                .list();
    }

    /** The instance's settings: whether the results are published and the stored comparison date (null: none). */
    record Settings(boolean published, LocalDate compareOn) {}

    Settings settings(long instance) {
        return jdbc.sql("SELECT published, compare_on FROM rating_settings WHERE tool_instance_id = :i")
                .param("i", instance)
                .query((rs, n) -> new Settings(rs.getBoolean(1), rs.getObject(2, LocalDate.class)))
                .optional()
                .orElse(new Settings(false, null));
    }

    /** Stores the comparison date (null goes back to the default), keeping whether the results are published. */
    void compareOn(long instance, LocalDate on) {
        if (jdbc.sql("UPDATE rating_settings SET compare_on = :on WHERE tool_instance_id = :i")
                        .param("i", instance)
                        .param("on", on)
                        .update()
                == 0) {
            jdbc.sql("""
                    INSERT INTO rating_settings (tool_instance_id, published, compare_on) VALUES (:i, FALSE, :on)
                    ON CONFLICT DO NOTHING
                    """).param("i", instance).param("on", on).update();
        }
    }

    boolean published(long instance) {
        return jdbc.sql("SELECT published FROM rating_settings WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void publish(long instance, boolean published) {
        if (jdbc.sql("UPDATE rating_settings SET published = :p WHERE tool_instance_id = :i")
                        .param("i", instance)
                        .param("p", published)
                        .update()
                == 0) {
            jdbc.sql("""
                    INSERT INTO rating_settings (tool_instance_id, published) VALUES (:i, :p) ON CONFLICT DO NOTHING
                    """).param("i", instance).param("p", published).update();
        }
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM rating").query(Long.class).single();
    }
}
