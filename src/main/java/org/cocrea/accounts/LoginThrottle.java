package org.cocrea.accounts;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Slows down password guessing: after {@value #MAX_FAILURES} failures for one email within the
 * window, sign-in for that email is refused until the window has passed. Kept in the database so
 * that every node sees the same count.
 */
@Repository
class LoginThrottle {
    static final int MAX_FAILURES = 5;
    static final Duration WINDOW = Duration.ofMinutes(15);

    private final JdbcClient jdbc;

    LoginThrottle(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void recordFailure(String email) {
        jdbc.sql("INSERT INTO login_failure (email, failed_at) VALUES (:email, :now)")
                .param("email", normalise(email))
                .param("now", PersonRepository.now())
                .update();
    }

    boolean isLocked(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM login_failure WHERE email = :email AND failed_at > :since")
                        .param("email", normalise(email))
                        .param("since", PersonRepository.now().minus(WINDOW))
                        .query(Long.class)
                        .single()
                >= MAX_FAILURES;
    }

    void clear(String email) {
        jdbc.sql("DELETE FROM login_failure WHERE email = :email")
                .param("email", normalise(email))
                .update();
    }

    private static String normalise(String email) {
        String e = email == null ? "" : email.trim().toLowerCase(java.util.Locale.ROOT);
        return e.length() > 254 ? e.substring(0, 254) : e;
    }
}
