package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Authenticator;
import org.cocrea.testing.Browser;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, findings 2 and 3: a session's rights follow the account. Each test signs in real sessions
 * (a form sign-in, the session in the database, its cookie carried by {@link Browser}) and changes the
 * account from another session.
 */
@WebTest
class SessionsFollowTheAccountWebTest {
    /** TestPeople's accounts have this password ({noop} hash). */
    static final String PASSWORD = "unused-password";

    private static final Pattern RESET = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevMailbox mailbox;

    private long person(String email, boolean admin) {
        TestPeople.ensure(jdbc, email, "citizen", null);
        jdbc.sql("UPDATE app_user SET admin = :admin WHERE email = :email")
                .param("admin", admin)
                .param("email", email)
                .update();
        return jdbc.sql("SELECT id FROM app_user WHERE email = :email")
                .param("email", email)
                .query(Long.class)
                .single();
    }

    private Browser signedIn(String email, String password) throws Exception {
        var browser = new Browser(mvc);
        var login = browser.perform(
                post("/login").with(csrf()).param("email", email).param("password", password));
        if ("/second-factor/setup".equals(login.getRedirectedUrl())) {
            // Issue 19: an administrator sets up a second factor at sign-in before administering anything.
            Authenticator.setUp(browser);
        } else {
            assertThat(login.getRedirectedUrl()).as("sign-in of " + email).isEqualTo("/");
        }
        assertThat(browser.perform(get("/profile")).getStatus()).isEqualTo(200);
        return browser;
    }

    private static boolean signedOut(MockHttpServletResponse response) {
        return response.getStatus() == 302
                && String.valueOf(response.getRedirectedUrl()).endsWith("/login");
    }

    @Test
    void finding2_revokedAdminLosesAdminRightsInOpenSessionAndCannotRestoreThem() throws Exception {
        long revokedId = person("finding2-admin@example.org", true);
        var revoked = signedIn("finding2-admin@example.org", PASSWORD);
        assertThat(revoked.perform(get("/admin/people")).getStatus()).isEqualTo(200);

        // A second administrator of the test's own, so that the demo admin keeps no second factor for other tests.
        person("finding2-acting-admin@example.org", true);
        var admin = signedIn("finding2-acting-admin@example.org", PASSWORD);
        var saved =
                admin.perform(post("/admin/people/" + revokedId).with(csrf()).param("kind", "citizen"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/people/" + revokedId);

        assertThat(revoked.perform(get("/admin/people")).getStatus())
                .as("the revoked admin's open session on /admin/people")
                .isEqualTo(403);
        var again = revoked.perform(post("/admin/people/" + revokedId)
                .with(csrf())
                .param("kind", "citizen")
                .param("admin", "true"));
        assertThat(again.getStatus()).as("making itself admin again").isEqualTo(403);
        assertThat(jdbc.sql("SELECT admin FROM app_user WHERE id = :id")
                        .param("id", revokedId)
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(revoked.perform(get("/profile")).getStatus())
                .as("still signed in, as a citizen")
                .isEqualTo(200);
    }

    @Test
    void finding2_aPromotionReachesTheOpenSessionToo() throws Exception {
        long id = person("finding2-promoted@example.org", false);
        var promoted = signedIn("finding2-promoted@example.org", PASSWORD);
        assertThat(promoted.perform(get("/admin/people")).getStatus()).isEqualTo(403);
        person("finding2-promoting-admin@example.org", true);
        var admin = signedIn("finding2-promoting-admin@example.org", PASSWORD);
        admin.perform(post("/admin/people/" + id)
                .with(csrf())
                .param("kind", "citizen")
                .param("admin", "true"));
        // Issue 19: the new administrator is asked to set up a second factor first, in the same open session.
        assertThat(promoted.perform(get("/admin/people")).getRedirectedUrl()).isEqualTo("/second-factor/setup");
        Authenticator.setUp(promoted);
        assertThat(promoted.perform(get("/admin/people")).getStatus()).isEqualTo(200);
    }

    @Test
    void finding3_aPasswordChangeEndsEveryOtherSession() throws Exception {
        person("finding3-change@example.org", false);
        var here = signedIn("finding3-change@example.org", PASSWORD);
        var elsewhere = signedIn("finding3-change@example.org", PASSWORD);

        var changed = here.perform(post("/profile/password")
                .with(csrf())
                .param("current", PASSWORD)
                .param("password", "a brand new passphrase"));
        assertThat(changed.getRedirectedUrl()).isEqualTo("/profile");

        assertThat(signedOut(elsewhere.perform(get("/profile"))))
                .as("the other session after the password change")
                .isTrue();
        assertThat(here.perform(get("/profile")).getStatus())
                .as("the session that changed it stays signed in")
                .isEqualTo(200);
    }

    @Test
    void finding3_aPasswordResetEndsEverySession() throws Exception {
        person("finding3-reset@example.org", false);
        var first = signedIn("finding3-reset@example.org", PASSWORD);
        var second = signedIn("finding3-reset@example.org", PASSWORD);

        var anonymous = new Browser(mvc);
        anonymous.perform(post("/password/forgot").with(csrf()).param("email", "finding3-reset@example.org"));
        var link = mailbox.to("finding3-reset@example.org").stream()
                .map(mail -> RESET.matcher(mail.body()))
                .filter(java.util.regex.Matcher::find)
                .findFirst()
                .orElseThrow();
        var reset = anonymous.perform(post("/password/reset")
                .with(csrf())
                .param("token", link.group(1))
                .param("password", "a reset passphrase"));
        assertThat(reset.getRedirectedUrl()).isEqualTo("/login");

        assertThat(signedOut(first.perform(get("/profile"))))
                .as("first session after reset")
                .isTrue();
        assertThat(signedOut(second.perform(get("/profile"))))
                .as("second session after reset")
                .isTrue();
    }

    @Test
    void finding3_deletingTheAccountEndsEverySessionAndNoNameComesBack() throws Exception {
        long id = person("finding3-delete@example.org", false);
        var deleting = signedIn("finding3-delete@example.org", PASSWORD);
        var other = signedIn("finding3-delete@example.org", PASSWORD);

        assertThat(deleting.perform(post("/profile/delete").with(csrf()).param("password", PASSWORD))
                        .getRedirectedUrl())
                .isEqualTo("/");

        var rename = other.perform(
                post("/profile").with(csrf()).param("name", "Back again").param("language", "en"));
        assertThat(signedOut(rename))
                .as("the other session writing a name back")
                .isTrue();
        assertThat(jdbc.sql("SELECT name FROM app_user WHERE id = :id")
                        .param("id", id)
                        .query(String.class)
                        .single())
                .isEmpty();
        assertThat(signedOut(other.perform(get("/initiatives/new")))).isTrue();
    }
}
