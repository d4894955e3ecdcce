package org.cocrea.initiatives.home;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The person's memberships with their initiatives' timelines, and what waits for them in initiative_* tables. */
@Repository
class HomeRepository {
    /** A home lists this many initiatives at most, the most recently active first. */
    static final int LISTED = 100;

    private final JdbcClient jdbc;

    HomeRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Membership(
            long id,
            String title,
            Level level,
            Status status,
            Phase phaseOverride,
            Integer cycleOverride,
            MemberRole role,
            List<TimelinePhase> timeline) {}

    /**
     * Two statements: the person's {@link #LISTED} most recently active memberships (not archived), then the
     * timelines of those initiatives only (a caseload of thousands reads no more).
     */
    List<Membership> memberships(long personId) {
        List<Membership> rows = jdbc.sql("""
                SELECT i.id, i.title, i.level, i.status, i.active_phase_override, i.active_cycle_override, m.role
                FROM initiative_member m JOIN initiative i ON i.id = m.initiative_id
                WHERE m.person_id = :me AND i.status <> 'archived'
                ORDER BY i.last_activity_at DESC, i.id DESC
                FETCH FIRST :limit ROWS ONLY
                """)
                .param("me", personId)
                .param("limit", LISTED)
                .query((rs, n) -> new Membership(
                        rs.getLong(1),
                        rs.getString(2),
                        Level.fromCode(rs.getString(3)).orElseThrow(),
                        Status.fromCode(rs.getString(4)).orElseThrow(),
                        Phase.fromCode(rs.getString(5)).orElse(null),
                        rs.getObject(6, Integer.class),
                        MemberRole.fromCode(rs.getString(7)).orElseThrow(),
                        List.of()))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<Long, List<TimelinePhase>> timelines = new HashMap<>();
        jdbc.sql("""
                SELECT p.initiative_id, p.cycle, p.phase, p.starts_on, p.ends_on FROM initiative_phase p
                WHERE p.initiative_id IN (:ids)
                ORDER BY p.cycle, p.starts_on
                """)
                .param("ids", rows.stream().map(Membership::id).toList())
                .query((rs, n) -> timelines
                        .computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new TimelinePhase(
                                rs.getInt(2),
                                Phase.fromCode(rs.getString(3)).orElseThrow(),
                                rs.getObject(4, LocalDate.class),
                                rs.getObject(5, LocalDate.class))))
                .list();
        return rows.stream()
                .map(m -> new Membership(
                        m.id(),
                        m.title(),
                        m.level(),
                        m.status(),
                        m.phaseOverride(),
                        m.cycleOverride(),
                        m.role(),
                        timelines.getOrDefault(m.id(), List.of())))
                .toList();
    }

    /** Something to answer: an invitation to join ({@code invited}) or people asking to join ({@code requests}). */
    record Waiting(String kind, long initiativeId, String title, long count, OffsetDateTime since) {}

    /** One statement: invitations the person has not taken up, and join requests in initiatives they facilitate. */
    List<Waiting> waiting(long personId) {
        return jdbc.sql("""
                SELECT 'invited', i.id, i.title, 1, v.invited_at
                FROM initiative_invitation v JOIN initiative i ON i.id = v.initiative_id
                WHERE v.person_id = :me AND i.status = 'open'
                    AND NOT EXISTS (SELECT 1 FROM initiative_member m WHERE m.initiative_id = i.id AND m.person_id = :me)
                UNION ALL
                SELECT 'requests', i.id, i.title, COUNT(*), MIN(r.requested_at)
                FROM initiative_join_request r JOIN initiative i ON i.id = r.initiative_id
                JOIN initiative_member f ON f.initiative_id = i.id AND f.person_id = :me
                    AND f.role IN ('owner', 'facilitator')
                WHERE i.status <> 'archived'
                GROUP BY i.id, i.title
                """)
                .param("me", personId)
                .query((rs, n) -> new Waiting(
                        rs.getString(1),
                        rs.getLong(2),
                        rs.getString(3),
                        rs.getLong(4),
                        rs.getObject(5, OffsetDateTime.class)))
                .list();
    }
}
