package org.cocrea.ideas;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Proposals instances of their own for web and browser tests, which share one demo database; and outsiders. */
public final class TestIdeas {
    public static final String COLLECTIVE = IdeasDemoData.BIKES;
    public static final String GROUP = IdeasDemoData.SCHOOL;
    public static final String OTHER_PRO = "ideas.other.pro@example.org";
    public static final String OTHER_CITIZEN = "ideas.other.citizen@example.org";

    /** A real 1x1 PNG image. */
    public static final byte[] PNG = java.util.Base64.getDecoder()
            .decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGOQz48HAAGeAO6D7E0DAAAAAElFTkSuQmCC");

    private TestIdeas() {}

    /** A copy of a demo initiative with its members, holding a new proposals instance; returns its id. */
    public static long newInstance(JdbcClient jdbc, String title) {
        long copy = copy(jdbc, title);
        return addTool(jdbc, copy, "ideas");
    }

    /** A copy of a demo initiative with its members; returns the new initiative's id. */
    public static long copy(JdbcClient jdbc, String title) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_commissioning, created_at, last_activity_at)
                SELECT 'Proposals test', summary, description, organisation_id, domain, level, status, TRUE, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        return copy;
    }

    public static long addTool(JdbcClient jdbc, long initiative, String tool) {
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-commissioning', :tool, :now)
                """)
                .param("i", initiative)
                .param("tool", tool)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    public static synchronized void outsiders(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune delle Idee'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune delle Idee', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune delle Idee'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }

    /** A proposal stored directly, for tests that need one in a given state. */
    public static long idea(JdbcClient jdbc, long instance, String title, String status, Long costCents) {
        jdbc.sql("""
                INSERT INTO idea (tool_instance_id, author_id, title, body, category, cost_cents, status, answer,
                    moderation, created_at)
                VALUES (:t, (SELECT id FROM app_user WHERE email = 'citizen@example.org'), :title, 'Testo **ricco**',
                    'mobilità', :cost, :status, :answer, 'none', :now)
                """)
                .param("t", instance)
                .param("title", title)
                .param("cost", costCents)
                .param("status", status)
                .param("answer", status.equals("rejected") ? "Troppo costosa" : null)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM idea").query(Long.class).single();
    }

    public static long count(JdbcClient jdbc, String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }
}
