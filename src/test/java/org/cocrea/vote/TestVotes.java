package org.cocrea.vote;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Votes of their own for web and browser tests, which share one demo database; and people they need. */
final class TestVotes {
    static final String COLLECTIVE = VoteDemoData.INITIATIVE;
    static final String GROUP = "Scuola inclusiva";
    static final String OTHER_PRO = "vote.other.pro@example.org";
    static final String OTHER_CITIZEN = "vote.other.citizen@example.org";

    private TestVotes() {}

    /**
     * A vote tool instance in a new copy of a demo co-commissioning initiative, with its members: an initiative
     * holds one instance of a tool per phase, and each test wants a vote of its own.
     */
    static long newInstance(JdbcClient jdbc, String initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_commissioning, created_at, last_activity_at)
                SELECT 'Vote test', summary, description, organisation_id, domain, level, status, TRUE, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        // A proxy acts (and sees anything) only with the citizen's consent: the copy keeps the original's.
        jdbc.sql("""
                INSERT INTO plan_consent (initiative_id, citizen_id, proxy_id, grantee, scope, given_at, active)
                SELECT :c, citizen_id, proxy_id, grantee, scope, given_at, active FROM plan_consent
                WHERE initiative_id = :o AND active = 'Y'
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-commissioning', 'vote', :now)
                """).param("i", copy).param("now", now).update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    static synchronized void ensurePeople(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune del Voto'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune del Voto', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune del Voto'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }

    /** Makes the person a verified resident of the organisation of the instance's initiative (test shortcut). */
    static void makeResident(JdbcClient jdbc, long instance, String email) {
        long org = jdbc.sql("""
                        SELECT i.organisation_id FROM initiative i JOIN tool_instance t ON t.initiative_id = i.id
                        WHERE t.id = :t
                        """).param("t", instance).query(Long.class).single();
        long person = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM census WHERE organisation_id = :o")
                        .param("o", org)
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO census (organisation_id, salt, entries, uploaded_at) VALUES (:o, :s, 0, :now)")
                    .param("o", org)
                    .param("s", "0".repeat(64))
                    .param("now", now)
                    .update();
        }
        String hash = String.format("%064x", person);
        jdbc.sql("DELETE FROM resident WHERE organisation_id = :o AND person_id = :p")
                .param("o", org)
                .param("p", person)
                .update();
        jdbc.sql("DELETE FROM census_entry WHERE organisation_id = :o AND identifier_hash = :h")
                .param("o", org)
                .param("h", hash)
                .update();
        jdbc.sql("INSERT INTO census_entry (organisation_id, identifier_hash) VALUES (:o, :h)")
                .param("o", org)
                .param("h", hash)
                .update();
        jdbc.sql("""
                INSERT INTO resident (organisation_id, identifier_hash, person_id, verified_at)
                VALUES (:o, :h, :p, :now)
                """)
                .param("o", org)
                .param("h", hash)
                .param("p", person)
                .param("now", now)
                .update();
    }
}
