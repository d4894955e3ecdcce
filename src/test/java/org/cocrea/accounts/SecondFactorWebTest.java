package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.cocrea.plans.PrivatePlan;
import org.cocrea.testing.Browser;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 19: professionals and administrators pass a second factor before plans and administration, on the real
 * sign-in flow (a password, then a code); citizens may add one. Each test makes its own people, so the demo
 * accounts other tests sign in as keep no second factor.
 */
@WebTest
class SecondFactorWebTest {
    private static final String PASSWORD = "unused-password";
    private static final Pattern SECRET = Pattern.compile("id=\"secret\" class=\"secret\">([A-Z2-7 ]+)<");
    private static final Pattern CODE = Pattern.compile("<li><code>([a-z2-9-]+)</code></li>");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private record Worker(String email, long id, long plan) {}

    /** A new professional in the care team of a new plan. */
    private Worker worker() {
        String email = "mfa.worker." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestPeople.ensure(jdbc, email, "professional", organisationOfSocialWorker());
        long id = id(email);
        var plan = PrivatePlan.create(jdbc, "mfa");
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                VALUES (:i, :p, 'facilitator', :now)
                """)
                .param("i", plan.initiative())
                .param("p", id)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return new Worker(email, id, plan.instance());
    }

    private long organisationOfSocialWorker() {
        return jdbc.sql("SELECT organisation_id FROM app_user WHERE email = :e")
                .param("e", Demo.SOCIAL_WORKER)
                .query(Long.class)
                .single();
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private Browser signIn(String email, String expectedLanding) throws Exception {
        var browser = new Browser(mvc);
        var login = browser.perform(
                post("/login").with(csrf()).param("email", email).param("password", PASSWORD));
        assertThat(login.getRedirectedUrl()).as("sign-in of " + email).isEqualTo(expectedLanding);
        return browser;
    }

    private static String body(MockHttpServletResponse response) throws Exception {
        return response.getContentAsString();
    }

    /** Sets up an authenticator through the pages; gives its secret and the recovery codes shown. */
    private record SetUp(String secret, List<String> codes) {}

    private SetUp setUp(Browser browser, String expectedNext) throws Exception {
        var page = browser.perform(get("/second-factor/setup"));
        assertThat(page.getStatus()).isEqualTo(200);
        var matcher = SECRET.matcher(body(page));
        assertThat(matcher.find()).as("the key is shown").isTrue();
        String secret = matcher.group(1).replace(" ", "");
        var done = browser.perform(
                post("/second-factor/setup").with(csrf()).param("code", Totp.code(secret, Totp.step(Instant.now()))));
        assertThat(done.getStatus()).isEqualTo(200);
        var codes = new ArrayList<String>();
        var found = CODE.matcher(body(done));
        while (found.find()) {
            codes.add(found.group(1));
        }
        assertThat(codes).hasSize(10).doesNotHaveDuplicates();
        assertThat(body(done)).contains("href=\"" + expectedNext + "\"");
        return new SetUp(secret, codes);
    }

    private long lastStep(long person) {
        return jdbc.sql("SELECT last_step FROM totp_authenticator WHERE person_id = :p")
                .param("p", person)
                .query(Long.class)
                .single();
    }

    /** A code of a step the server has not accepted yet and still accepts now (the next one if needed). */
    private String freshCode(String secret, long person) {
        long step = Math.max(Totp.step(Instant.now()), lastStep(person) + 1);
        return Totp.code(secret, step);
    }

    @Test
    void aSocialWorkerWithoutASecondFactorIsSentToSetItUpInsteadOfAPlan() throws Exception {
        var worker = worker();
        String plan = "/plans/" + worker.plan();
        var browser = signIn(worker.email(), "/second-factor/setup");
        assertThat(browser.perform(get("/organisations/1/residents")).getRedirectedUrl())
                .isEqualTo("/second-factor/setup");
        var asked = browser.perform(get(plan));
        assertThat(asked.getStatus()).isEqualTo(302);
        assertThat(asked.getRedirectedUrl()).isEqualTo("/second-factor/setup");
        var page = browser.perform(get("/second-factor/setup"));
        assertThat(body(page)).contains("health and social information").contains("otpauth://totp/Cocrea%3A");
        // Pages that are not plans nor administration stay open.
        assertThat(browser.perform(get("/profile")).getStatus()).isEqualTo(200);

        // A wrong code stores nothing.
        var wrong = browser.perform(post("/second-factor/setup").with(csrf()).param("code", "000000"));
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(body(wrong)).contains("This code is not right");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM totp_authenticator WHERE person_id = :p")
                        .param("p", worker.id())
                        .query(Long.class)
                        .single())
                .isZero();

        var setUp = setUp(browser, plan);
        assertThat(browser.perform(get(plan)).getStatus()).isEqualTo(200);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE person_id = :p AND code_hash = :h")
                        .param("p", worker.id())
                        .param("h", SecondFactors.hash(setUp.codes().get(0)))
                        .query(Long.class)
                        .single())
                .as("stored hashed")
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM recovery_code WHERE code_hash = :c")
                        .param("c", setUp.codes().get(0))
                        .query(Long.class)
                        .single())
                .as("never in clear")
                .isZero();
    }

    @Test
    void withOneSetUpTheCodeIsAskedAfterThePasswordAndWorksOnce() throws Exception {
        var worker = worker();
        String plan = "/plans/" + worker.plan();
        var setUp = setUp(signIn(worker.email(), "/second-factor/setup"), "/");
        String secret = setUp.secret();

        var browser = signIn(worker.email(), "/second-factor");
        // The password alone opens nothing, not even the profile, until the code is given.
        assertThat(browser.perform(get("/profile")).getRedirectedUrl()).isEqualTo("/second-factor");
        assertThat(browser.perform(get(plan)).getRedirectedUrl()).isEqualTo("/second-factor");
        var ask = browser.perform(get("/second-factor"));
        assertThat(ask.getStatus()).isEqualTo(200);
        assertThat(body(ask)).contains("six-digit code");

        long spent = lastStep(worker.id());
        var replayed = browser.perform(post("/second-factor").with(csrf()).param("code", Totp.code(secret, spent)));
        assertThat(replayed.getStatus()).as("the code used at set-up again").isEqualTo(422);
        var old = browser.perform(post("/second-factor")
                .with(csrf())
                .param("code", Totp.code(secret, Totp.step(Instant.now()) - 3)));
        assertThat(old.getStatus()).as("a code of a minute and a half ago").isEqualTo(422);
        assertThat(browser.perform(post("/second-factor").with(csrf()).param("code", "12345x"))
                        .getStatus())
                .isEqualTo(422);

        String code = freshCode(secret, worker.id());
        var passed = browser.perform(post("/second-factor").with(csrf()).param("code", code));
        assertThat(passed.getRedirectedUrl()).as("back to the plan asked for").isEqualTo(plan);
        assertThat(browser.perform(get(plan)).getStatus()).isEqualTo(200);

        // The same code in another session, within its window: refused.
        var other = signIn(worker.email(), "/second-factor");
        assertThat(other.perform(post("/second-factor").with(csrf()).param("code", code))
                        .getStatus())
                .isEqualTo(422);
        assertThat(other.perform(get(plan)).getRedirectedUrl()).isEqualTo("/second-factor");
    }

    @Test
    void aRecoveryCodeWorksOnce() throws Exception {
        var worker = worker();
        var setUp = setUp(signIn(worker.email(), "/second-factor/setup"), "/");
        String recovery = setUp.codes().get(3).toUpperCase().replace("-", " ");

        var browser = signIn(worker.email(), "/second-factor");
        var used = browser.perform(post("/second-factor/recovery").with(csrf()).param("recovery", recovery));
        assertThat(used.getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.perform(get("/plans/" + worker.plan())).getStatus()).isEqualTo(200);

        var again = signIn(worker.email(), "/second-factor");
        var refused = again.perform(post("/second-factor/recovery").with(csrf()).param("recovery", recovery));
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(body(refused)).contains("already used");
        assertThat(again.perform(get("/plans/" + worker.plan())).getRedirectedUrl())
                .isEqualTo("/second-factor");
    }

    @Test
    void wrongCodesAreLimited() throws Exception {
        var worker = worker();
        var setUp = setUp(signIn(worker.email(), "/second-factor/setup"), "/");
        var browser = signIn(worker.email(), "/second-factor");
        for (int i = 0; i < SecondFactors.WRONG_CODES.max(); i++) {
            browser.perform(post("/second-factor").with(csrf()).param("code", "000000"));
        }
        var right = browser.perform(
                post("/second-factor").with(csrf()).param("code", freshCode(setUp.secret(), worker.id())));
        assertThat(right.getStatus())
                .as("even a right code waits after five wrong ones")
                .isEqualTo(422);
    }

    @Test
    void aPasswordAloneNeverReplacesTheAuthenticator() throws Exception {
        var worker = worker();
        setUp(signIn(worker.email(), "/second-factor/setup"), "/");
        var browser = signIn(worker.email(), "/second-factor");
        assertThat(browser.perform(get("/second-factor/setup")).getRedirectedUrl())
                .isEqualTo("/second-factor");
        assertThat(browser.perform(post("/second-factor/setup").with(csrf()).param("code", "123456"))
                        .getRedirectedUrl())
                .isEqualTo("/second-factor");
    }

    @Test
    void anAdministratorIsAskedBeforeAdministeringAndAPromotionInAnOpenSessionCounts() throws Exception {
        String email = "mfa.citizen." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestPeople.ensure(jdbc, email, "citizen", null);
        var browser = signIn(email, "/");
        assertThat(browser.perform(get("/profile")).getStatus()).isEqualTo(200);
        assertThat(browser.perform(get("/admin")).getStatus()).isEqualTo(403);
        jdbc.sql("UPDATE app_user SET admin = TRUE, rights_version = rights_version + 1 WHERE email = :e")
                .param("e", email)
                .update();
        assertThat(browser.perform(get("/admin/people")).getRedirectedUrl()).isEqualTo("/second-factor/setup");
        setUp(browser, "/admin/people");
        assertThat(browser.perform(get("/admin/people")).getStatus()).isEqualTo(200);
    }

    @Test
    void aCitizenMayAddOneAndIsThenAskedForIt() throws Exception {
        String email = "mfa.optional." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestPeople.ensure(jdbc, email, "citizen", null);
        var browser = signIn(email, "/");
        var page = browser.perform(get("/second-factor/setup"));
        assertThat(body(page)).contains("You can make your account safer").doesNotContain("health and social");
        var setUp = setUp(browser, "/");
        var again = signIn(email, "/second-factor");
        assertThat(again.perform(get("/profile")).getRedirectedUrl()).isEqualTo("/second-factor");
        again.perform(post("/second-factor").with(csrf()).param("code", freshCode(setUp.secret(), id(email))));
        assertThat(again.perform(get("/profile")).getStatus()).isEqualTo(200);
    }

    @Test
    void theTestsSignInHelperPassesTheSecondFactorAsTheRealFlowWould() throws Exception {
        var demo = new Demo(users);
        assertThat(mvc.perform(get("/admin").with(demo.as(Demo.ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);
        assertThat(Demo.SECOND_FACTOR_PASSED).isEqualTo(SecondFactors.PASSED);
    }
}
