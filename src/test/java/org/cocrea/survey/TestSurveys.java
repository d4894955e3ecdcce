package org.cocrea.survey;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.cocrea.testing.TestPeople;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Survey instances of their own for web and browser tests, which share one demo database; and people they need. */
final class TestSurveys {
    static final String COLLECTIVE = "Percorsi ciclabili del quartiere";
    static final String GROUP = "Scuola inclusiva";
    static final String INDIVIDUAL = "Piano personale di salute";
    static final String OTHER_PRO = "survey.other.pro@example.org";
    static final String OTHER_CITIZEN = "survey.other.citizen@example.org";

    private TestSurveys() {}

    /** A moment as a datetime-local field holds it in the organisation's time zone, {@code hours} from now. */
    static String in(long hours) {
        return LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .plusHours(hours)
                .withSecond(0)
                .withNano(0)
                .toString();
    }

    /** A survey instance in the co-assessment phase of a new copy of a demo initiative, with its members. */
    static long newInstance(JdbcClient jdbc, String initiative) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", initiative)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_design, created_at, last_activity_at)
                SELECT 'Survey test', summary, description, organisation_id, domain, level, status, TRUE, :now, :now
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
                VALUES (:i, 'co-assessment', 'survey', :now)
                """).param("i", copy).param("now", now).update();
        return jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
    }

    /** The ids of an instance's items in order. */
    static java.util.List<Long> items(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT id FROM survey_item WHERE tool_instance_id = :i ORDER BY position")
                .param("i", instance)
                .query(Long.class)
                .list();
    }

    static long count(JdbcClient jdbc, String sql, long instance) {
        return jdbc.sql(sql).param("i", instance).query(Long.class).single();
    }

    /** A professional of another organisation and a citizen who takes part in nothing; idempotent. */
    static synchronized void ensurePeople(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune del Questionario'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune del Questionario', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune del Questionario'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
    }

    /**
     * A budget in the co-commissioning phase of the survey instance's initiative with these voting codes issued (only
     * their hashes stored, as the budget's codes page does): the codes its surveys may take (ADR 0033).
     */
    static void issueCodes(JdbcClient jdbc, long surveyInstance, String... codes) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long initiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", surveyInstance)
                .query(Long.class)
                .single();
        if (jdbc.sql("SELECT COUNT(*) FROM tool_instance WHERE initiative_id = :i AND tool_id = 'budget'")
                        .param("i", initiative)
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("""
                    INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                    VALUES (:i, 'co-commissioning', 'budget', :now)
                    """).param("i", initiative).param("now", now).update();
            jdbc.sql("""
                    INSERT INTO budget (tool_instance_id, amount_cents, currency, ballot_type, rule, status, created_at)
                    SELECT id, 100000, 'EUR', 'approval', 'greedy', 'open', :now FROM tool_instance
                    WHERE initiative_id = :i AND tool_id = 'budget'
                    """).param("i", initiative).param("now", now).update();
        }
        long budget = jdbc.sql("""
                        SELECT b.id FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id
                        WHERE t.initiative_id = :i
                        """).param("i", initiative).query(Long.class).single();
        long staff = jdbc.sql("SELECT MIN(id) FROM app_user").query(Long.class).single();
        for (String code : codes) {
            jdbc.sql("""
                    INSERT INTO budget_code (budget_id, code_hash, created_by, created_at)
                    VALUES (:b, :h, :by, :now)
                    """)
                    .param("b", budget)
                    .param(
                            "h",
                            org.cocrea.ballots.VotingCodes.hash(org.cocrea.ballots.VotingCodes.normalise(code)
                                    .orElseThrow()))
                    .param("by", staff)
                    .param("now", now)
                    .update();
        }
    }
}
