package org.cocrea.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.jdbc.core.simple.JdbcClient;

/** People the demo data lacks, created directly so that web tests can sign in as them; idempotent. */
public final class TestPeople {
    private TestPeople() {}

    public static synchronized void ensure(JdbcClient jdbc, String email, String kind, Long organisationId) {
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
                VALUES (:email, :email, '{noop}unused-password', 'en', :kind, :org, :now, :now, :now)
                """)
                .param("email", email)
                .param("kind", kind)
                .param("org", organisationId)
                .param("now", now)
                .update();
    }
}
