package org.cocrea.initiatives;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/** Rows of other modules' tables that repository tests need as foreign keys. */
public final class Rows {
    private Rows() {}

    public static long organisation(JdbcClient jdbc, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, :now)")
                .param("n", name)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    public static long person(JdbcClient jdbc, String email) {
        var keys = new GeneratedKeyHolder();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)
                VALUES (:e, :e, 'en', 'citizen', :now, :now)
                """).param("e", email).param("now", now).update(keys, "id");
        return keys.getKey().longValue();
    }

    public static InitiativeRepository.Details details(long org, Level level, String title) {
        return new InitiativeRepository.Details(
                title,
                "Summary of " + title,
                "**Bold** <script>alert(1)</script>",
                org,
                null,
                ServiceDomain.MOBILITY,
                level,
                EnumSet.of(CitizenRole.CO_DESIGNER, CitizenRole.INITIATOR),
                EnumSet.of(Objective.EFFECTIVENESS, Objective.OTHER),
                "Stronger neighbourhood ties",
                null);
    }
}
