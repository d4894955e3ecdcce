package org.cocrea.drafts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Shared drafts instances of their own for web and browser tests, which share one demo database. */
final class TestDrafts {
    static final String GROUP = DraftsDemoData.INITIATIVE;
    static final String COLLECTIVE = "Percorsi ciclabili del quartiere";
    static final String OTHER_PRO = "drafts.other.pro@example.org";
    static final String OTHER_CITIZEN = "drafts.other.citizen@example.org";

    private TestDrafts() {}

    /** A drafts instance in a new copy of a demo initiative, with its members (and a proxy's consents). */
    static long newInstance(JdbcClient jdbc, String initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_commissioning, created_at, last_activity_at)
                SELECT 'Drafts test', summary, description, organisation_id, domain, level, status, TRUE, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope, given_at, active)
                SELECT :c, citizen_id, proxy_id, grantee, scope, given_at, active FROM plan_consent
                WHERE initiative_id = :o AND active = 'Y'
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-design', 'drafts', :now)
                """).param("i", copy).param("now", now).update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    /** The demo's drafts instance, in the school's co-design. */
    static long demoInstance(JdbcClient jdbc) {
        return jdbc.sql("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = :t AND t.tool_id = 'drafts'
                """).param("t", GROUP).query(Long.class).single();
    }

    static long person(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** The newest document of an instance. */
    static long lastDocument(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT MAX(id) FROM draft_document WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    static synchronized void ensurePeople(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune delle Bozze'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune delle Bozze', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune delle Bozze'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }
}
