package org.cocrea.rating;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Rating instances of their own for web and browser tests, which share one demo database; and people they need. */
final class TestRatings {
    static final String COLLECTIVE = "Percorsi ciclabili del quartiere";
    static final String GROUP = "Scuola inclusiva";
    static final String OTHER_PRO = "rating.other.pro@example.org";
    static final String OTHER_CITIZEN = "rating.other.citizen@example.org";

    private TestRatings() {}

    /** A rating instance in the co-assessment of a new copy of a demo initiative, with its members. */
    static long newInstance(JdbcClient jdbc, String initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                SELECT 'Rating test', summary, description, organisation_id, domain, level, status, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-assessment', 'rating', :now)
                """).param("i", copy).param("now", now).update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    static long initiativeOf(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    static synchronized void ensurePeople(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune della Valutazione'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune della Valutazione', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune della Valutazione'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }
}
