package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Browser;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Registration, verification, sign-in, reset, profile and deletion, through the web as a person would. */
@WebTest
class AccountsWebTests {
    private static final Pattern LINK = Pattern.compile("(/(verify|password/reset)\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonRepository people;

    @Autowired
    DevMailbox mailbox;

    private static MockHttpServletRequestBuilder register(String email, String password) {
        return registerWithoutTerms(email, password).param("acceptTerms", "true");
    }

    private static MockHttpServletRequestBuilder registerWithoutTerms(String email, String password) {
        return post("/register")
                .with(csrf())
                .param("name", "Chiara Test")
                .param("email", email)
                .param("password", password)
                .param("language", "en");
    }

    private String linkMailedTo(String email) {
        var mails = mailbox.to(email);
        assertThat(mails).isNotEmpty();
        var matcher = LINK.matcher(mails.get(0).body());
        assertThat(matcher.find()).as("the mail holds a link").isTrue();
        return matcher.group(1);
    }

    /** Registers and signs in: registering alone signs nobody in, so that it answers alike for taken addresses. */
    private void registerAndSignIn(Browser browser, String email, String password) throws Exception {
        assertThat(browser.perform(register(email, password)).getRedirectedUrl())
                .isEqualTo("/login");
        assertThat(browser.perform(post("/login")
                                .with(csrf())
                                .param("email", email)
                                .param("password", password))
                        .getRedirectedUrl())
                .doesNotContain("error");
    }

    @Test
    void registerVerifySignOutAndSignIn() throws Exception {
        var browser = new Browser(mvc);
        var registered = browser.perform(register("Chiara@Example.org", "a long passphrase"));
        assertThat(registered.getStatus()).isEqualTo(302);
        assertThat(registered.getRedirectedUrl()).isEqualTo("/login");
        assertThat(browser.perform(get("/login").header("Accept-Language", "en"))
                        .getContentAsString())
                .contains("Check your mail")
                .contains("value=\"chiara@example.org\"");
        assertThat(browser.perform(get("/profile")).getStatus())
                .as("registering signs nobody in")
                .isEqualTo(302);

        Person person = people.findByEmail("chiara@example.org").orElseThrow();
        assertThat(person.verified()).isFalse();
        assertThat(person.language().code()).isEqualTo("en");
        browser.perform(post("/login")
                .with(csrf())
                .param("email", "chiara@example.org")
                .param("password", "a long passphrase"));
        String profile = browser.perform(get("/profile")).getContentAsString();
        assertThat(profile).contains("is not confirmed yet");

        String verifyLink = linkMailedTo("chiara@example.org");
        assertThat(verifyLink).startsWith("/verify");
        assertThat(browser.perform(get(verifyLink)).getContentAsString()).contains("your email address is confirmed");
        assertThat(people.findByEmail("chiara@example.org").orElseThrow().verified())
                .isTrue();
        assertThat(browser.perform(get(verifyLink)).getContentAsString())
                .as("a link works once")
                .contains("This confirmation link is not valid");

        assertThat(browser.perform(post("/logout").with(csrf())).getRedirectedUrl())
                .isEqualTo("/?signedOut");
        assertThat(browser.perform(get("/profile")).getStatus()).isEqualTo(302);

        var signedIn = browser.perform(post("/login")
                .with(csrf())
                .param("email", "chiara@example.org")
                .param("password", "a long passphrase"));
        assertThat(signedIn.getRedirectedUrl())
                .as("back to the page asked before")
                .endsWith("/profile?continue");
        assertThat(browser.perform(get("/profile")).getContentAsString()).contains("Email address confirmed");
    }

    @Test
    void signingInRenewsTheSessionId() throws Exception {
        var browser = new Browser(mvc);
        browser.perform(get("/login"));
        String before = browser.cookie("SESSION");
        assertThat(before).isNotNull();
        browser.perform(post("/login").with(csrf()).param("email", Demo.PARENT).param("password", Demo.PASSWORD));
        assertThat(browser.cookie("SESSION")).isNotNull().isNotEqualTo(before);
    }

    @Test
    void badRegistrationsAreExplainedOnTheFormAndStoreNothing() throws Exception {
        long before = people.count();
        assertRejected(register("not-an-email", "a long passphrase"), "Enter an email address in the form");
        assertRejected(register("short@example.org", "short"), "between 10 and 64 characters");
        assertRejected(register("bytes@example.org", "é".repeat(40)), "too long once encoded");
        assertRejected(registerWithoutTerms("terms@example.org", "a long passphrase"), "accept the terms of use");
        // A taken address is not refused (that would list accounts): see Finding9RegistrationRevealsAccountsTest.
        assertRejected(
                post("/register")
                        .with(csrf())
                        .param("name", "x".repeat(121))
                        .param("email", "long@example.org")
                        .param("password", "a long passphrase")
                        .param("language", "en")
                        .param("acceptTerms", "true"),
                "at most 120");
        assertRejected(register("x".repeat(250) + "@example.org", "a long passphrase"), "at most 254");
        assertRejected(
                post("/register")
                        .with(csrf())
                        .param("name", "Chiara Test")
                        .param("email", "lang@example.org")
                        .param("password", "a long passphrase")
                        .param("language", "xx")
                        .param("acceptTerms", "true"),
                "Choose Italian or English");
        assertRejected(
                post("/register")
                        .with(csrf())
                        .param("name", " ")
                        .param("email", "")
                        .param("language", "en"),
                "Enter your name");
        assertThat(people.count()).isEqualTo(before);
    }

    private void assertRejected(MockHttpServletRequestBuilder request, String message) throws Exception {
        MockHttpServletResponse response =
                mvc.perform(request.header("Accept-Language", "en")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(response.getContentAsString())
                .contains(message)
                .contains("aria-invalid=\"true\"")
                .doesNotContain("a long passphrase");
    }

    @Test
    void aFormWithoutCsrfTokenIsRefused() throws Exception {
        long before = people.count();
        var response = mvc.perform(post("/register")
                        .param("name", "No Token")
                        .param("email", "nocsrf@example.org")
                        .param("password", "a long passphrase")
                        .param("language", "en")
                        .param("acceptTerms", "true"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(people.count()).isEqualTo(before);
    }

    @Test
    void repeatedFailedSignInsAreThrottled() throws Exception {
        mvc.perform(register("throttled@example.org", "the right passphrase"));
        for (int i = 0; i < AccountLimits.SIGN_IN_ACCOUNT.max(); i++) {
            var failed = mvc.perform(post("/login")
                            .with(csrf())
                            .param("email", "throttled@example.org")
                            .param("password", "wrong password " + i))
                    .andReturn()
                    .getResponse();
            assertThat(failed.getRedirectedUrl()).isEqualTo("/login?error=bad");
        }
        var locked = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "throttled@example.org")
                        .param("password", "the right passphrase"))
                .andReturn()
                .getResponse();
        // Not a lock (anyone could lock anyone out) but a short, growing delay, told the same for every address.
        assertThat(locked.getRedirectedUrl()).isEqualTo("/login?error=wait");
        var page = mvc.perform(get("/login?error=wait").header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).as(String.valueOf(page.getRedirectedUrl())).isEqualTo(200);
        assertThat(page.getContentAsString()).contains("Too many attempts");
    }

    @Test
    void aForgottenPasswordIsResetThroughAMailedLink() throws Exception {
        mvc.perform(register("forgetful@example.org", "first passphrase"));
        var browser = new Browser(mvc);
        var asked = browser.perform(post("/password/forgot").with(csrf()).param("email", "Forgetful@example.org"));
        assertThat(asked.getRedirectedUrl()).isEqualTo("/login");
        String link = mailbox.to("forgetful@example.org").stream()
                .filter(m -> m.body().contains("/password/reset"))
                .findFirst()
                .map(m -> {
                    var matcher = LINK.matcher(m.body());
                    matcher.find();
                    return matcher.group(1);
                })
                .orElseThrow();
        String token = link.substring(link.indexOf('=') + 1);

        var tooShort = browser.perform(
                post("/password/reset").with(csrf()).param("token", token).param("password", "short"));
        assertThat(tooShort.getStatus()).isEqualTo(422);

        var reset = browser.perform(
                post("/password/reset").with(csrf()).param("token", token).param("password", "second passphrase"));
        assertThat(reset.getRedirectedUrl()).isEqualTo("/login");
        var reused = browser.perform(
                post("/password/reset").with(csrf()).param("token", token).param("password", "third passphrase"));
        assertThat(reused.getStatus()).isEqualTo(422);

        var signIn = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "forgetful@example.org")
                        .param("password", "second passphrase"))
                .andReturn()
                .getResponse();
        assertThat(signIn.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void askingToResetAnUnknownEmailRevealsNothingAndSendsNothing() throws Exception {
        int before = mailbox.latest(1000).size();
        var response = mvc.perform(post("/password/forgot").with(csrf()).param("email", "nobody@example.org"))
                .andReturn()
                .getResponse();
        assertThat(response.getRedirectedUrl()).isEqualTo("/login");
        assertThat(mailbox.latest(1000)).hasSize(before);
    }

    @Test
    void profileChangesAreSavedAndBadOnesExplained() throws Exception {
        var browser = new Browser(mvc);
        registerAndSignIn(browser, "profile@example.org", "a long passphrase");
        var saved = browser.perform(
                post("/profile").with(csrf()).param("name", "Chiara Nuova").param("language", "it"));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/profile");
        Person person = people.findByEmail("profile@example.org").orElseThrow();
        assertThat(person.name()).isEqualTo("Chiara Nuova");
        assertThat(person.language().code()).isEqualTo("it");
        assertThat(browser.perform(get("/profile")).getContentAsString())
                .contains("Il profilo è stato salvato")
                .contains("Chiara Nuova");

        var bad =
                browser.perform(post("/profile").with(csrf()).param("name", "").param("language", "fr"));
        assertThat(bad.getStatus()).isEqualTo(422);
        assertThat(bad.getContentAsString()).contains("Inserisci il tuo nome").contains("Scegli italiano o inglese");

        var wrongCurrent = browser.perform(post("/profile/password")
                .with(csrf())
                .param("current", "not my password")
                .param("password", "another passphrase"));
        assertThat(wrongCurrent.getStatus()).isEqualTo(422);
        assertThat(wrongCurrent.getContentAsString()).contains("La password non è corretta");
        var changed = browser.perform(post("/profile/password")
                .with(csrf())
                .param("current", "a long passphrase")
                .param("password", "another passphrase"));
        assertThat(changed.getRedirectedUrl()).isEqualTo("/profile");
    }

    @Test
    void deletingTheAccountAnonymisesItAndSignsOut() throws Exception {
        var browser = new Browser(mvc);
        registerAndSignIn(browser, "leaving@example.org", "a long passphrase");
        long id = people.findByEmail("leaving@example.org").orElseThrow().id();

        var wrong = browser.perform(post("/profile/delete").with(csrf()).param("password", "not it"));
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(people.findById(id).orElseThrow().deleted()).isFalse();

        var deleted = browser.perform(post("/profile/delete").with(csrf()).param("password", "a long passphrase"));
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/");
        Person gone = people.findById(id).orElseThrow();
        assertThat(gone.deleted()).isTrue();
        assertThat(gone.email()).doesNotContain("leaving");
        assertThat(browser.perform(get("/profile")).getStatus()).isEqualTo(302);
        var signIn = mvc.perform(post("/login")
                        .with(csrf())
                        .param("email", "leaving@example.org")
                        .param("password", "a long passphrase"))
                .andReturn()
                .getResponse();
        assertThat(signIn.getRedirectedUrl()).isEqualTo("/login?error=bad");
    }
}
