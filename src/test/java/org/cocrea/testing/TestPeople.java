package org.cocrea.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People the demo data lacks, created directly so that web tests can sign in as them; idempotent. */
public final class TestPeople {
    private TestPeople() {}

    /** A person with a confirmed address (as every demo account), who may vote, support, join and answer. */
    public static void ensure(JdbcClient jdbc, String email, String kind, Long organisationId) {
        ensure(jdbc, email, kind, organisationId, true);
    }

    /**
     * A citizen who registered and never opened the confirmation mail: signed in, they may read, but their votes,
     * ballots, supports, joins and answers are refused (finding 6). Idempotent.
     */
    public static void unconfirmed(JdbcClient jdbc, String email) {
        ensure(jdbc, email, "citizen", null, false);
    }

    /** Confirms the address of someone who registered in a test, as opening the mailed link does. */
    public static void confirm(JdbcClient jdbc, String email) {
        jdbc.sql("UPDATE app_user SET email_verified_at = :now WHERE email = :email AND email_verified_at IS NULL")
                .param("email", email)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private static synchronized void ensure(
            JdbcClient jdbc, String email, String kind, Long organisationId, boolean confirmed) {
        long existing = jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
        if (existing > 0) {
            return;
        }
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO app_user (email, name, password_hash, language, kind, organisation_id,
                    email_verified_at, terms_accepted_at, created_at)
                VALUES (:email, :email, '{noop}unused-password', 'en', :kind, :org, :verified, :now, :now)
                """)
                .param("email", email)
                .param("kind", kind)
                .param("org", organisationId)
                .param("verified", confirmed ? now : null)
                .param("now", now)
                .update();
    }
}
