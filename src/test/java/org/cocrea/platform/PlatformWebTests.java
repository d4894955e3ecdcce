package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cocrea.testing.Browser;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Layout, languages, security headers, errors and operations endpoints. */
@WebTest
class PlatformWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theHomePageExplainsCocreaAndTheTypologyInBothLanguages() throws Exception {
        String italian = mvc.perform(get("/").header("Accept-Language", "it-IT,it;q=0.9"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(italian)
                .contains("<html lang=\"it\">")
                .contains("Co-programmazione", "Co-progettazione", "Co-erogazione", "Co-valutazione")
                .contains("Individuale", "Di gruppo", "Collettivo")
                .contains("Vai al contenuto principale");
        String english = mvc.perform(get("/").header("Accept-Language", "en-GB,en;q=0.8"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(english)
                .contains("<html lang=\"en\">")
                .contains("Co-commissioning", "Co-design", "Co-delivery", "Co-assessment")
                .contains("Skip to main content");
        String other = mvc.perform(get("/").header("Accept-Language", "de-DE"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(other).as("the site default").contains("<html lang=\"it\">");
    }

    @Test
    void theLanguageSwitchIsRememberedAndRefusesUnknownCodes() throws Exception {
        var browser = new Browser(mvc);
        var switched = browser.perform(
                post("/language").with(csrf()).param("lang", "en").param("return", "/terms"));
        assertThat(switched.getRedirectedUrl()).isEqualTo("/terms");
        assertThat(browser.cookie("cocrea_lang")).isEqualTo("en");
        assertThat(browser.perform(get("/terms").header("Accept-Language", "it"))
                        .getContentAsString())
                .contains("Terms of use");

        var unknown = browser.perform(post("/language").with(csrf()).param("lang", "klingon"));
        assertThat(unknown.getRedirectedUrl()).isEqualTo("/");
        assertThat(browser.perform(get("/")).getContentAsString()).contains("That language is not available");

        var offSite = browser.perform(
                post("/language").with(csrf()).param("lang", "it").param("return", "//evil.example/x"));
        assertThat(offSite.getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    void aSignedInPersonsLanguageChoiceIsStoredOnTheirAccount(
            @Autowired org.springframework.security.core.userdetails.UserDetailsService users) throws Exception {
        mvc.perform(post("/language")
                .with(csrf())
                .with(new Demo(users).as(Demo.TEACHER))
                .param("lang", "en"));
        assertThat(jdbc.sql("SELECT language FROM app_user WHERE email = :e")
                        .param("e", Demo.TEACHER)
                        .query(String.class)
                        .single())
                .isEqualTo("en");
    }

    @Test
    void theLanguageStoredOnAnAccountWinsOverTheBrowsersAtSignIn() throws Exception {
        var chooser = new Browser(mvc);
        chooser.perform(post("/register")
                .with(csrf())
                .param("name", "Lingua Ricordata")
                .param("email", "lingua@example.org")
                .param("password", "a long passphrase")
                .param("language", "en")
                .param("acceptTerms", "true"));
        chooser.perform(post("/login")
                .with(csrf())
                .param("email", "lingua@example.org")
                .param("password", "a long passphrase"));
        chooser.perform(post("/language").with(csrf()).param("lang", "it"));
        chooser.perform(post("/logout").with(csrf()));

        var elsewhere = new Browser(mvc);
        assertThat(elsewhere
                        .perform(get("/login").header("Accept-Language", "en"))
                        .getContentAsString())
                .contains("<html lang=\"en\">");
        elsewhere.perform(post("/login")
                .with(csrf())
                .header("Accept-Language", "en")
                .param("email", "lingua@example.org")
                .param("password", "a long passphrase"));
        assertThat(elsewhere
                        .perform(get("/profile").header("Accept-Language", "en"))
                        .getContentAsString())
                .as("a new browser asking for English gets the Italian this person chose")
                .contains("<html lang=\"it\">")
                .contains("Il mio profilo");
    }

    @Test
    void everyPageCarriesStrictSecurityHeaders() throws Exception {
        var response = mvc.perform(get("/")).andReturn().getResponse();
        String csp = response.getHeader("Content-Security-Policy");
        assertThat(csp).contains("script-src 'self'").contains("frame-ancestors 'none'");
        assertThat(csp).doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        assertThat(csp)
                .as("images from Cocrea and from the map's tile server only (cocrea.map.tile-url)")
                .contains("img-src 'self' data: https://tile.openstreetmap.org;");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("Referrer-Policy")).isEqualTo("strict-origin-when-cross-origin");
        assertThat(response.getContentAsString()).doesNotContain("<script>").doesNotContain("style=\"");
    }

    @Test
    void errorsAreFriendlyPagesWithoutStackTraces() throws Exception {
        var missing = mvc.perform(
                        get("/admin/people/12345678").with(adminUser()).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);
        // MockMvc has no servlet error dispatch: the rendered error pages are checked in ServerIT.
        assertThat(missing.getContentAsString()).doesNotContain("Exception");

        var badNumber = mvc.perform(get("/admin/people/abc").with(adminUser()).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
        assertThat(badNumber.getStatus()).isEqualTo(400);
        assertThat(badNumber.getContentAsString()).doesNotContain("\tat ");

        var wrongMethod = mvc.perform(post("/terms").with(csrf())).andReturn().getResponse();
        assertThat(wrongMethod.getStatus()).isEqualTo(405);
    }

    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService users;

    /**
     * The dev mailbox (demo mode, as in tests) shows administrators every mail, but the tokens of mails to other
     * people are masked (issue 11, finding 4); their own mails keep their links. It used to show every link.
     */
    @Test
    void theDevMailboxShowsAdministratorsEachMailButOnlyTheirOwnLinks() throws Exception {
        var mailbox = org.cocrea.platform.mail.DevMailboxAccess.on(jdbc);
        String theirs = "Tn0ther-persons-token-0123456789abcdefghijkl";
        String own = "Adm1ns-own-token-0123456789abcdefghijklmnop";
        org.cocrea.platform.mail.DevMailboxAccess.store(
                mailbox, "posta@example.org", "Reset <your> password", "Open /password/reset?token=" + theirs);
        org.cocrea.platform.mail.DevMailboxAccess.store(
                mailbox, Demo.ADMIN, "Reset your password", "Open /password/reset?token=" + own);
        String page = mvc.perform(get("/admin/mailbox").with(adminUser()).header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("posta@example.org")
                .contains("Reset &lt;your&gt; password")
                .contains("Open /password/reset?token=[hidden]")
                .doesNotContain(theirs)
                .contains("Open /password/reset?token=" + own);
        assertThat(page).as("the banner on every page").contains("Demo installation: no mail is sent");
    }

    /**
     * Issue 11, finding 4: an administrator asks a reset for a citizen and reads the dev mailbox: the link's token
     * is neither on the admin's page nor in the log; only the citizen, signed in, reads it at /mailbox.
     */
    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void finding4_anAdministratorCannotReadACitizensResetLinkInTheDevMailboxOrTheLog(
            org.springframework.boot.test.system.CapturedOutput output) throws Exception {
        mvc.perform(post("/password/forgot").with(csrf()).with(adminUser()).param("email", Demo.VOLUNTEER));
        var mailbox = org.cocrea.platform.mail.DevMailboxAccess.on(jdbc);
        var link = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]+)")
                .matcher(mailbox.to(Demo.VOLUNTEER).get(0).body());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        String adminPage = mvc.perform(get("/admin/mailbox").with(adminUser()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(adminPage)
                .as("the admin's dev mailbox")
                .contains(Demo.VOLUNTEER)
                .doesNotContain(token);
        assertThat(output.getAll()).as("the log").doesNotContain(token);
        assertThat(mvc.perform(get("/mailbox").with(new Demo(users).as(Demo.VOLUNTEER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the addressee's own mailbox")
                .contains(token);
        assertThat(mvc.perform(get("/mailbox").with(adminUser()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain(token);
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor adminUser() {
        return new Demo(users).as(Demo.ADMIN);
    }

    @Test
    void healthReportsTheDatabaseAndMetricsAreExportedToAdministrators() throws Exception {
        String health = mvc.perform(get("/actuator/health").with(adminUser()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").contains("\"db\"");
        String metrics = mvc.perform(get("/actuator/prometheus").with(adminUser()))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        // Requests are timed by the server's observation filter, not by Spring Security's (turned off).
        mvc.perform(get("/initiatives"));
        assertThat(mvc.perform(get("/actuator/prometheus").with(adminUser()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/initiatives\"")
                .doesNotContain("spring_security_");
    }

    /** Issue 11, finding 10: the data path, disk sizes and per-route activity are not public. */
    @Test
    void finding10_anonymousVisitorsSeeOnlyTheHealthStatusAndNoMetrics() throws Exception {
        var health = mvc.perform(get("/actuator/health")).andReturn().getResponse();
        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(health.getContentAsString())
                .as("public health")
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("details")
                .doesNotContain("path");
        assertThat(mvc.perform(get("/actuator/health/readiness"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("the readiness probe stays public")
                .isEqualTo(200);
        var metrics = mvc.perform(get("/actuator/prometheus")).andReturn().getResponse();
        assertThat(metrics.getStatus()).as("metrics to an anonymous visitor").isEqualTo(302);
        assertThat(metrics.getContentAsString()).doesNotContain("http_server_requests");
        var citizen = mvc.perform(get("/actuator/prometheus").with(new Demo(users).as(Demo.CITIZEN)))
                .andReturn()
                .getResponse();
        assertThat(citizen.getStatus()).isEqualTo(403);
        assertThat(mvc.perform(get("/actuator/health").with(new Demo(users).as(Demo.CITIZEN)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .doesNotContain("diskSpace")
                .doesNotContain("path");
        assertThat(mvc.perform(get("/actuator/health").with(adminUser()))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("diskSpace");
    }

    @Test
    void htmxIsServedFromTheWebjar() throws Exception {
        var response = mvc.perform(get("/webjars/htmx.org/dist/htmx.min.js"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString()).contains("htmx");
    }
}
