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

    @Test
    void theDevMailboxShowsAdministratorsEachMailWithItsLink() throws Exception {
        var mailbox = org.cocrea.platform.mail.DevMailboxAccess.on(jdbc);
        org.cocrea.platform.mail.DevMailboxAccess.store(
                mailbox, "posta@example.org", "Reset <your> password", "Open /password/reset?token=tok-123");
        String page = mvc.perform(get("/admin/mailbox").with(adminUser()).header("Accept-Language", "en"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(page)
                .contains("posta@example.org")
                .contains("Reset &lt;your&gt; password")
                .contains("Open /password/reset?token=tok-123");
    }

    private org.springframework.test.web.servlet.request.RequestPostProcessor adminUser() {
        return new Demo(users).as(Demo.ADMIN);
    }

    @Test
    void healthReportsTheDatabaseAndMetricsAreExported() throws Exception {
        String health =
                mvc.perform(get("/actuator/health")).andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").contains("\"db\"");
        String metrics = mvc.perform(get("/actuator/prometheus"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(metrics).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
        // Requests are timed by the server's observation filter, not by Spring Security's (turned off).
        mvc.perform(get("/initiatives"));
        assertThat(mvc.perform(get("/actuator/prometheus"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("http_server_requests_seconds_count{")
                .contains("uri=\"/initiatives\"")
                .doesNotContain("spring_security_");
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
