package org.cocrea.testing;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many signed-up citizens for load and fault tests, created directly. Their password is stored with the
 * {@code {noop}} encoder id, which the delegating encoder accepts, so that signing in hundreds of people does
 * not spend minutes of CPU on bcrypt; what the tests measure starts after sign-in.
 */
public final class TestVoters {
    public static final String PASSWORD = "voter-password";

    private TestVoters() {}

    /** Creates {@code count} verified citizens {@code prefix-N@voters.example}; returns their emails. */
    public static List<String> create(JdbcClient jdbc, String prefix, int count) {
        var emails = new ArrayList<String>();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int i = 0; i < count; i++) {
            String email = prefix + "-" + i + "@voters.example";
            jdbc.sql("""
                    INSERT INTO app_user (email, name, password_hash, language, kind, email_verified_at,
                        terms_accepted_at, created_at)
                    VALUES (:email, :name, :hash, 'en', 'citizen', :now, :now, :now)
                    """)
                    .param("email", email)
                    .param("name", "Voter " + i)
                    .param("hash", "{noop}" + PASSWORD)
                    .param("now", now)
                    .update();
            emails.add(email);
        }
        return emails;
    }

    /** Makes them members of an initiative, as joining an open collective initiative does. */
    public static void join(JdbcClient jdbc, long initiativeId, List<String> emails) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (String email : emails) {
            jdbc.sql("""
                    INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                    SELECT :i, id, 'member', :now FROM app_user WHERE email = :email
                    """)
                    .param("i", initiativeId)
                    .param("email", email)
                    .param("now", now)
                    .update();
        }
    }
}
