package org.cocrea.pacts;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Pact instances of their own for web tests, which share one demo database; the people and a valid form. */
final class TestPacts {
    static final String COLLECTIVE = "Percorsi ciclabili del quartiere";
    static final String GROUP = "Scuola inclusiva";
    static final String OTHER_PRO = "pacts.other.pro@example.org";
    static final String OTHER_CITIZEN = "pacts.other.citizen@example.org";
    static final String LINE = "41.9012, 12.4902\n41.9020, 12.4931";

    private TestPacts() {}

    /** A pacts instance in the co-delivery of a new copy of a demo initiative, with its members. */
    static long newInstance(JdbcClient jdbc, String initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_design, created_at, last_activity_at)
                SELECT 'Pacts test', summary, description, organisation_id, domain, level, status, in_co_design, :now,
                    :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-delivery', 'pacts', :now)
                """).param("i", copy).param("now", now).update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    static long person(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** The newest pact of an instance. */
    static long newest(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT MAX(id) FROM pact WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    static String state(JdbcClient jdbc, long pact) {
        return jdbc.sql("SELECT state FROM pact WHERE id = :p")
                .param("p", pact)
                .query(String.class)
                .single();
    }

    static String sha(JdbcClient jdbc, long pact) {
        return jdbc.sql("SELECT text_sha256 FROM pact WHERE id = :p")
                .param("p", pact)
                .query(String.class)
                .single()
                .strip();
    }

    /** A valid pact with one citizen party and the office's officer. */
    static MockHttpServletRequestBuilder form(
            MockHttpServletRequestBuilder request, String title, long citizen, long officer, String... overrides) {
        var today = LocalDate.now();
        var values = new java.util.LinkedHashMap<String, String[]>();
        var builder = request;
        for (int i = 0; i + 1 < overrides.length; i += 2) {
            values.put(overrides[i], new String[] {overrides[i + 1]});
        }
        var spec = new Object() {
            MockHttpServletRequestBuilder param(String name, String... value) {
                if (!values.containsKey(name)) {
                    values.put(name, value);
                }
                return builder;
            }
        };
        spec.param("title", title);
        spec.param("goodKind", "bike-route");
        spec.param("goodDescription", "Il tratto lungo il fiume");
        spec.param("geometryKind", "line");
        spec.param("coordinates", LINE);
        spec.param("objectives", "Tenerlo pulito");
        spec.param("actions", "Pulizia: i residenti");
        spec.param("startsOn", today.minusMonths(1).toString());
        spec.param("endsOn", today.plusYears(1).toString());
        spec.param("renewal", "");
        spec.param("provides", "materials", "insurance");
        spec.param("providesText", "Guanti e sacchi");
        spec.param("reportEveryMonths", "3");
        spec.param("safety", "Guanti e giubbotto");
        spec.param("suspension", "Per motivi di sicurezza");
        spec.param("citizens", String.valueOf(citizen));
        spec.param("associationName", "");
        spec.param("representative", "");
        spec.param("officeName", "Ufficio Verde");
        spec.param("officer", String.valueOf(officer));
        spec.param("shownSha256", "");
        values.forEach(builder::param);
        return builder;
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    static synchronized void ensurePeople(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune dei Patti'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune dei Patti', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune dei Patti'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }
}
