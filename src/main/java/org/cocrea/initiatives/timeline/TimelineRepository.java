package org.cocrea.initiatives.timeline;

import java.util.List;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.TimelinePhase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The initiative_phase table; a phase twice in one cycle is refused by a unique constraint. */
@Repository
public class TimelineRepository {
    private final JdbcClient jdbc;

    public TimelineRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(long initiativeId, TimelinePhase phase) {
        jdbc.sql("""
                INSERT INTO initiative_phase (initiative_id, cycle, phase, starts_on, ends_on)
                VALUES (:initiative, :cycle, :phase, :start, :end)
                """)
                .param("initiative", initiativeId)
                .param("cycle", phase.cycle())
                .param("phase", phase.phase().code())
                .param("start", phase.start())
                .param("end", phase.end())
                .update();
        refreshFlags(initiativeId);
    }

    /** New dates for a phase already on the timeline (the phase and its cycle stay). */
    public int setDates(long initiativeId, TimelinePhase phase) {
        return jdbc.sql("UPDATE initiative_phase SET starts_on = :start, ends_on = :end"
                        + " WHERE initiative_id = :initiative AND cycle = :cycle AND phase = :phase")
                .param("start", phase.start())
                .param("end", phase.end())
                .param("initiative", initiativeId)
                .param("cycle", phase.cycle())
                .param("phase", phase.phase().code())
                .update();
    }

    public int remove(long initiativeId, int cycle, Phase phase) {
        int removed = jdbc.sql("DELETE FROM initiative_phase WHERE initiative_id = :initiative AND cycle = :cycle"
                        + " AND phase = :phase")
                .param("initiative", initiativeId)
                .param("cycle", cycle)
                .param("phase", phase.code())
                .update();
        refreshFlags(initiativeId);
        return removed;
    }

    /** Keeps the initiative's in_phase flags (read by the typology) equal to its timeline. */
    void refreshFlags(long initiativeId) {
        jdbc.sql(REFRESH_FLAGS + " WHERE id = :initiative")
                .param("initiative", initiativeId)
                .update();
    }

    static final String REFRESH_FLAGS = """
            UPDATE initiative SET
                in_co_commissioning = EXISTS (SELECT 1 FROM initiative_phase p
                    WHERE p.initiative_id = initiative.id AND p.phase = 'co-commissioning'),
                in_co_design = EXISTS (SELECT 1 FROM initiative_phase p
                    WHERE p.initiative_id = initiative.id AND p.phase = 'co-design'),
                in_co_delivery = EXISTS (SELECT 1 FROM initiative_phase p
                    WHERE p.initiative_id = initiative.id AND p.phase = 'co-delivery'),
                in_co_assessment = EXISTS (SELECT 1 FROM initiative_phase p
                    WHERE p.initiative_id = initiative.id AND p.phase = 'co-assessment')""";

    public List<TimelinePhase> of(long initiativeId) {
        return jdbc.sql("""
                SELECT cycle, phase, starts_on, ends_on FROM initiative_phase
                WHERE initiative_id = :initiative ORDER BY cycle, starts_on
                """)
                .param("initiative", initiativeId)
                .query((rs, n) -> new TimelinePhase(
                        rs.getInt(1),
                        Phase.fromCode(rs.getString(2)).orElseThrow(),
                        rs.getObject(3, java.time.LocalDate.class),
                        rs.getObject(4, java.time.LocalDate.class)))
                .list();
    }
}
