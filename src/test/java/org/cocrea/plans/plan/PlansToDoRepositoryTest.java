package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.needs.LifeDomain;
import org.cocrea.plans.needs.NeedRepository;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The personal home's plan items, on H2 and PostgreSQL: the latest version waits for a person's signature until
 * they sign it; a needs order confirmed by the other side waits until someone on the person's side confirms it,
 * and a need added since makes it out of date.
 */
class PlansToDoRepositoryTest {
    private static final PlanContent CONTENT =
            new PlanContent("Walk daily", "Physiotherapy, weekly", "ASL", "Anna", "", "", "", null);

    private static long person(JdbcClient jdbc, String email) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                        INSERT INTO app_user (email, name, password_hash, language, kind, terms_accepted_at, created_at)
                        VALUES (:e, 'P', '{noop}x', 'en', 'citizen', :now, :now)
                        """)
                .param("e", email)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    private static long instance(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'health', 'individual', 'open', :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-design', 'plan', :now)
                """).param("now", now).update();
        return jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theLatestVersionWaitsForEachSignerUntilTheySign(TestDatabase db) {
        var plans = new PlanRepository(db.jdbc());
        long plan = instance(db.jdbc());
        long citizen = person(db.jdbc(), "c@example.org");
        long worker = person(db.jdbc(), "w@example.org");
        assertThat(plans.unsignedLatest(citizen, List.of(plan))).isEmpty();
        plans.addVersion(plan, worker, CONTENT);
        plans.addVersion(plan, worker, CONTENT);
        assertThat(plans.unsignedLatest(citizen, List.of(plan)))
                .extracting(PlanRepository.Unsigned::version)
                .containsExactly(2);
        plans.sign(plan, 2, citizen, MemberRole.CITIZEN, CONTENT.sha256());
        assertThat(plans.unsignedLatest(citizen, List.of(plan))).isEmpty();
        assertThat(plans.unsignedLatest(worker, List.of(plan)))
                .extracting(PlanRepository.Unsigned::version)
                .containsExactly(2);
        assertThat(plans.unsignedLatest(worker, List.of())).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anOrderTheOtherSideConfirmedWaitsForThisSide(TestDatabase db) {
        var needs = new NeedRepository(db.jdbc());
        long tool = instance(db.jdbc());
        long citizen = person(db.jdbc(), "c@example.org");
        long worker = person(db.jdbc(), "w@example.org");
        long a = needs.add(tool, LifeDomain.HEALTH, "A", "", "", worker);
        long b = needs.add(tool, LifeDomain.WELLBEING, "B", "", "", worker);
        assertThat(needs.awaitingConfirmation(List.of(tool), List.of())).isEmpty();

        needs.confirm(tool, a + "," + b, worker, MemberRole.OWNER);
        assertThat(needs.awaitingConfirmation(List.of(tool), List.of())).containsExactly(tool);
        assertThat(needs.awaitingConfirmation(List.of(), List.of(tool)))
                .as("the side that confirmed waits for nothing")
                .isEmpty();

        needs.confirm(tool, a + "," + b, citizen, MemberRole.CITIZEN);
        assertThat(needs.awaitingConfirmation(List.of(tool), List.of()))
                .as("agreed")
                .isEmpty();

        needs.confirm(tool, b + "," + a, citizen, MemberRole.PROXY);
        assertThat(needs.awaitingConfirmation(List.of(), List.of(tool))).containsExactly(tool);
        db.jdbc()
                .sql("UPDATE plan_need_confirmation SET confirmed_at = :then WHERE tool_instance_id = :t")
                .param("then", OffsetDateTime.now(ZoneOffset.UTC).minusDays(1))
                .param("t", tool)
                .update();
        needs.add(tool, LifeDomain.HEALTH, "C", "", "", citizen);
        assertThat(needs.awaitingConfirmation(List.of(), List.of(tool)))
                .as("a need added since: the order is out of date")
                .isEmpty();
    }
}
