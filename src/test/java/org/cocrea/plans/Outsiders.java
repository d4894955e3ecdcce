package org.cocrea.plans;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A citizen and a professional of another organisation, neither in the plan; and where the plan is. */
public final class Outsiders {
    public static final String OTHER_PRO = "plans.other.pro@example.org";
    public static final String OTHER_CITIZEN = "plans.other.citizen@example.org";
    static final String PLAN_INITIATIVE = "Piano personale di salute";

    private Outsiders() {}

    /** Idempotent: web tests share one context and one database. */
    public static synchronized void ensure(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (count(jdbc, "SELECT COUNT(*) FROM organisation WHERE name = 'Comune dei Piani'") == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune dei Piani', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune dei Piani'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }

    public static long initiative(JdbcClient jdbc) {
        return jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", PLAN_INITIATIVE)
                .query(Long.class)
                .single();
    }

    /** The plan tool instance of the demo initiative, or 0 while nobody has added it. */
    public static long planInstance(JdbcClient jdbc) {
        return jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM tool_instance WHERE tool_id = 'plan' AND initiative_id = :i")
                .param("i", initiative(jdbc))
                .query(Long.class)
                .single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
