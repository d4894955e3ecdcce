package org.cocrea.initiatives;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Accounts the demo data lacks, created directly so that web tests can sign in as them. */
public final class People {
    static final String OTHER_PRO = "other.pro@example.org";
    static final String OTHER_CITIZEN = "other.citizen@example.org";

    private People() {}

    /** A professional of "Altro Comune" and a citizen who takes part in nothing; idempotent. */
    public static synchronized void ensure(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (count(jdbc, "SELECT COUNT(*) FROM organisation WHERE name = 'Altro Comune'") == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Altro Comune', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Altro Comune'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }

    static long id(JdbcClient jdbc, String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
