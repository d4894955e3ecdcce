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

    /** Creates {@code count} verified citizens {@code prefix-N@voters.example} in one statement; returns their emails. */
    public static List<String> create(JdbcClient jdbc, String prefix, int count) {
        var emails = new ArrayList<String>();
        var rows = new ArrayList<String>();
        for (int i = 0; i < count; i++) {
            emails.add(prefix + "-" + i + "@voters.example");
            rows.add("('" + emails.get(i) + "', 'Voter " + i + "', '{noop}" + PASSWORD
                    + "', 'en', 'citizen', :now, :now, :now)");
        }
        jdbc.sql("INSERT INTO app_user (email, name, password_hash, language, kind, email_verified_at,"
                        + " terms_accepted_at, created_at) VALUES " + String.join(", ", rows))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return emails;
    }

    /** Makes them members of an initiative, as joining an open collective initiative does; one statement. */
    public static void join(JdbcClient jdbc, long initiativeId, List<String> emails) {
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :i, id, 'member', :now FROM app_user WHERE email IN (:emails)
                """)
                .param("i", initiativeId)
                .param("emails", emails)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }
}
