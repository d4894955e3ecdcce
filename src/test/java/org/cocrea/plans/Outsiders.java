package org.cocrea.plans;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A citizen and a professional of another organisation, neither in the plan; and the plan's tool instance. */
final class Outsiders {
    static final String OTHER_PRO = "plans.other.pro@example.org";
    static final String OTHER_CITIZEN = "plans.other.citizen@example.org";
    static final String PLAN_INITIATIVE = "Piano personale di salute: il piano";

    private Outsiders() {}

    /** Idempotent: web tests share one context and one database. */
    static synchronized long ensure(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (count(jdbc, "SELECT COUNT(*) FROM organisation WHERE name = 'Comune dei Piani'") == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune dei Piani', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune dei Piani'")
                .query(Long.class)
                .single();
        person(jdbc, OTHER_PRO, "professional", org, now);
        person(jdbc, OTHER_CITIZEN, "citizen", null, now);
        long initiative = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", PLAN_INITIATIVE)
                .query(Long.class)
                .single();
        if (count(jdbc, "SELECT COUNT(*) FROM tool_instance WHERE tool_id = 'plan' AND initiative_id = " + initiative)
                == 0) {
            jdbc.sql("""
                    INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                    VALUES (:i, 'co-design', 'plan', :now)
                    """).param("i", initiative).param("now", now).update();
        }
        return jdbc.sql("SELECT id FROM tool_instance WHERE tool_id = 'plan' AND initiative_id = :i")
                .param("i", initiative)
                .query(Long.class)
                .single();
    }

    private static void person(JdbcClient jdbc, String email, String kind, Long org, OffsetDateTime now) {
        if (count(jdbc, "SELECT COUNT(*) FROM app_user WHERE email = '" + email + "'") > 0) {
            return;
        }
        jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, organisation_id,
                    email_verified_at, terms_accepted_at, created_at)
                VALUES (:email, :email, '{noop}unused-password', 'en', :kind, :org, :now, :now, :now)
                """)
                .param("email", email)
                .param("kind", kind)
                .param("org", org)
                .param("now", now)
                .update();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
