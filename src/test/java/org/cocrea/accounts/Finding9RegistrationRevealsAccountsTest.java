package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Browser;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Finding 9 of issue 11: registering with an address that has an account answered "An account with this email
 * already exists", so anyone could tell who is registered; and (from finding 6) registrations were not limited, so
 * throw-away accounts were free. Runs with the production limits (the shared test profile raises them, because many
 * tests register from the same address); the same properties as Finding8PasswordResetAbuseTest, so both share one
 * context.
 */
@WebTest
@TestPropertySource(
        properties = {
            "cocrea.limits.registrations-per-address-per-day=10",
            "cocrea.limits.password-resets-per-address-per-hour=10"
        })
class Finding9RegistrationRevealsAccountsTest {

    @Autowired
    MockMvc mvc;

    @Autowired
    PersonRepository people;

    @Autowired
    DevMailbox mailbox;

    private static MockHttpServletRequestBuilder register(String email, String from) {
        return post("/register")
                .with(csrf())
                .with(request -> {
                    request.setRemoteAddr(from);
                    return request;
                })
                .header("Accept-Language", "en")
                .param("name", "Someone New")
                .param("email", email)
                .param("password", "a long passphrase")
                .param("language", "en")
                .param("acceptTerms", "true");
    }

    @Test
    void finding9_registeringAnExistingAddressAnswersAsForANewOneAndMailsTheOwner() throws Exception {
        int mailsBefore = mailbox.to(Demo.CITIZEN).size();
        var newcomer = new Browser(mvc);
        MockHttpServletResponse fresh = newcomer.perform(register("f9.fresh@example.org", "198.51.100.90"));
        var prober = new Browser(mvc);
        MockHttpServletResponse existing = prober.perform(register(Demo.CITIZEN, "198.51.100.90"));

        assertThat(existing.getContentAsString())
                .doesNotContain("already exists")
                .doesNotContain("Esiste già");
        assertThat(existing.getStatus()).as("status for an existing address").isEqualTo(fresh.getStatus());
        assertThat(existing.getRedirectedUrl())
                .as("where an existing address is sent")
                .isEqualTo(fresh.getRedirectedUrl());
        String freshPage = newcomer.perform(get(fresh.getRedirectedUrl()).header("Accept-Language", "en"))
                .getContentAsString();
        String existingPage = prober.perform(get(existing.getRedirectedUrl()).header("Accept-Language", "en"))
                .getContentAsString();
        assertThat(existingPage.replaceAll("(?s)<input type=\"hidden\" name=\"_csrf\"[^>]*>", ""))
                .as("the page after registering an existing address")
                .isEqualTo(freshPage
                        .replaceAll("(?s)<input type=\"hidden\" name=\"_csrf\"[^>]*>", "")
                        .replace("f9.fresh@example.org", Demo.CITIZEN));
        assertThat(freshPage).contains("Check your mail");

        var mails = mailbox.to(Demo.CITIZEN);
        assertThat(mails).hasSize(mailsBefore + 1);
        assertThat(mails.get(0).body())
                .as("the owner is told, in their language")
                .contains("registrarsi")
                .contains("/password/forgot");
        assertThat(people.findByEmail(Demo.CITIZEN).orElseThrow().name()).isNotEqualTo("Someone New");
    }

    @Test
    void finding9_theEleventhRegistrationFromOneNetworkAddressInADayIsRefused() throws Exception {
        for (int i = 1; i <= 10; i++) {
            var answer = mvc.perform(register("f9.bulk" + i + "@example.org", "198.51.100.91"))
                    .andReturn()
                    .getResponse();
            assertThat(answer.getStatus()).as("registration %d", i).isEqualTo(302);
        }
        var eleventh = mvc.perform(register("f9.bulk11@example.org", "198.51.100.91"))
                .andReturn()
                .getResponse();
        assertThat(eleventh.getStatus())
                .as("the 11th registration from one network address")
                .isEqualTo(429);
        assertThat(eleventh.getContentAsString()).contains("Too many accounts were created from your network today");
        assertThat(people.findByEmail("f9.bulk11@example.org")).isEmpty();

        var elsewhere = mvc.perform(register("f9.bulk11@example.org", "198.51.100.92"))
                .andReturn()
                .getResponse();
        assertThat(elsewhere.getStatus()).isEqualTo(302);
        assertThat(people.findByEmail("f9.bulk11@example.org")).isPresent();
    }
}
