package org.cocrea.rating;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * For the demo-data generator: a rating instance in an initiative's phase with many faces at once, each as a tap
 * stores it (one per person and day, a reason only with a negative face), inserted in JDBC batches. It returns the
 * {@link RatingGiven} each tap would have published, so the generator hands them to the evidence module as the events
 * would.
 */
@Service
public class BulkRatings {
    /** One face: who, which day, the score (-1, 0, 1), when tapped, and the reason (only with -1, may be null). */
    public record NewFace(long personId, LocalDate day, int score, OffsetDateTime at, String reason) {}

    private final Initiatives initiatives;
    private final JdbcTemplate jdbc;

    BulkRatings(Initiatives initiatives, JdbcTemplate jdbc) {
        this.initiatives = initiatives;
        this.jdbc = jdbc;
    }

    @Transactional
    public List<RatingGiven> rate(long initiativeId, Phase phase, List<NewFace> faces, boolean published) {
        var days = new HashSet<List<Object>>();
        for (var f : faces) {
            boolean ok = f.score() >= -1
                    && f.score() <= 1
                    && (f.reason() == null
                            || (f.score() == -1
                                    && !f.reason().isBlank()
                                    && f.reason().length() <= 500))
                    && days.add(List.of(f.personId(), f.day()));
            if (!ok) {
                throw new IllegalArgumentException("a face the rating tool would not store: " + f);
            }
        }
        long instance =
                initiatives.addToolForDemo(initiativeId, phase, RatingTool.ID).id();
        jdbc.batchUpdate("""
                INSERT INTO rating (tool_instance_id, person_id, rated_on, score, reason, rated_at)
                VALUES (?, ?, ?, ?, ?, ?)
                """, faces, 500, (ps, f) -> {
            ps.setLong(1, instance);
            ps.setLong(2, f.personId());
            ps.setDate(3, Date.valueOf(f.day()));
            ps.setInt(4, f.score());
            ps.setString(5, f.reason());
            ps.setTimestamp(6, Timestamp.from(f.at().toInstant()));
        });
        jdbc.update("INSERT INTO rating_settings (tool_instance_id, published) VALUES (?, ?)", instance, published);
        var ids = new HashMap<List<Object>, Long>();
        jdbc.query(
                "SELECT id, person_id, rated_on FROM rating WHERE tool_instance_id = ?",
                rs -> {
                    ids.put(List.of(rs.getLong(2), rs.getObject(3, LocalDate.class)), rs.getLong(1));
                },
                instance);
        var out = new ArrayList<RatingGiven>();
        for (var f : faces) {
            out.add(new RatingGiven(
                    initiativeId,
                    instance,
                    phase,
                    f.score(),
                    f.day(),
                    ids.get(List.of(f.personId(), f.day())),
                    f.at().toInstant().toEpochMilli()));
        }
        initiatives.touch(initiativeId);
        return out;
    }
}
