package org.cocrea.initiatives.home;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Rows;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.timeline.TimelineRepository;
import org.cocrea.platform.MyInitiatives;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal home's reads in the initiative tables, on H2 and PostgreSQL: memberships with their timelines (not
 * archived), grouped as the person's own, caseload or facilitated; invitations not taken up and join requests in
 * initiatives the person facilitates.
 */
class HomeRepositoryTest {
    private static final LocalDate JAN = LocalDate.of(2026, 1, 1);

    private static void member(JdbcClient jdbc, long initiative, long person, MemberRole role) {
        jdbc.sql("""
                        INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                        VALUES (:i, :p, :r, :now)
                        """)
                .param("i", initiative)
                .param("p", person)
                .param("r", role.code())
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void membershipsWithTimelinesAndWhatWaits(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new InitiativeRepository(jdbc);
        var timeline = new TimelineRepository(jdbc);
        var home = new HomeRepository(jdbc);
        long org = Rows.organisation(jdbc, "Org");
        long me = Rows.person(jdbc, "me@example.org");
        long other = Rows.person(jdbc, "other@example.org");
        long plan = repo.insert(Rows.details(org, Level.INDIVIDUAL, "Plan"), Status.OPEN, null);
        long group = repo.insert(Rows.details(org, Level.GROUP, "Group"), Status.OPEN, null);
        long invited = repo.insert(Rows.details(org, Level.GROUP, "Invited"), Status.OPEN, null);
        long archived = repo.insert(Rows.details(org, Level.COLLECTIVE, "Archived"), Status.ARCHIVED, null);
        timeline.add(plan, new TimelinePhase(1, Phase.CO_DESIGN, JAN, JAN.plusDays(30)));
        member(jdbc, plan, me, MemberRole.OWNER);
        member(jdbc, group, me, MemberRole.FACILITATOR);
        member(jdbc, archived, me, MemberRole.MEMBER);
        jdbc.sql("""
                        INSERT INTO initiative_invitation (initiative_id, person_id, invited_by, invited_at)
                        VALUES (:i, :me, :by, :now)
                        """)
                .param("i", invited)
                .param("me", me)
                .param("by", other)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        jdbc.sql("""
                        INSERT INTO initiative_join_request (initiative_id, person_id, requested_at)
                        VALUES (:i, :p, :now)
                        """)
                .param("i", group)
                .param("p", other)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();

        var memberships = home.memberships(me);
        assertThat(memberships)
                .extracting(m ->
                        m.title() + ":" + m.role().code() + ":" + m.timeline().size())
                .containsExactlyInAnyOrder("Plan:owner:1", "Group:facilitator:0");
        assertThat(memberships)
                .extracting(m -> PersonalInitiatives.group(m.level(), m.role()))
                .containsExactlyInAnyOrder(MyInitiatives.Group.CASELOAD, MyInitiatives.Group.FACILITATED);
        assertThat(home.waiting(me))
                .extracting(w -> w.kind() + ":" + w.title() + ":" + w.count())
                .containsExactlyInAnyOrder("invited:Invited:1", "requests:Group:1");
        assertThat(home.waiting(other)).isEmpty();
    }
}
