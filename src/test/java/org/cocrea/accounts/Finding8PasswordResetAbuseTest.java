package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.regex.Pattern;
import org.cocrea.platform.Language;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Finding 8 of issue 11: an older reset link stayed valid after a newer one was used, and reset mails to any
 * address went out without limit (10 in one second). Runs with the production limits (the shared test profile raises
 * them); the same properties as Finding9RegistrationRevealsAccountsTest, so both share one context.
 */
@WebTest
@TestPropertySource(
        properties = {
            "cocrea.limits.registrations-per-address-per-day=10",
            "cocrea.limits.password-resets-per-address-per-hour=10"
        })
class Finding8PasswordResetAbuseTest {
    private static final Pattern LINK = Pattern.compile("/password/reset\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    AccountService accounts;

    @Autowired
    DevMailbox mailbox;

    private MockHttpServletResponse forgot(String email, String from) throws Exception {
        return mvc.perform(post("/password/forgot")
                        .with(csrf())
                        .with(request -> {
                            request.setRemoteAddr(from);
                            return request;
                        })
                        .param("email", email))
                .andReturn()
                .getResponse();
    }

    private List<String> tokensMailedTo(String email) {
        return mailbox.to(email).stream()
                .map(m -> LINK.matcher(m.body()))
                .filter(java.util.regex.Matcher::find)
                .map(m -> m.group(1))
                .toList();
    }

    private int reset(String token, String password) throws Exception {
        return mvc.perform(post("/password/reset")
                        .with(csrf())
                        .param("token", token)
                        .param("password", password))
                .andReturn()
                .getResponse()
                .getStatus();
    }

    @Test
    void finding8_anOlderResetLinkIsVoidOnceANewerOneIsIssued() throws Exception {
        accounts.createVerified("f8.owner@example.org", "Owner", "first passphrase", Language.EN);
        forgot("f8.owner@example.org", "198.51.100.81");
        forgot("f8.owner@example.org", "198.51.100.81");
        var tokens = tokensMailedTo("f8.owner@example.org"); // newest first
        assertThat(tokens).hasSize(2);
        String newer = tokens.get(0);
        String older = tokens.get(1);
        assertThat(mvc.perform(get("/password/reset").param("token", older))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .as("the older link's page")
                .doesNotContain("name=\"password\"");
        assertThat(reset(newer, "second passphrase")).isEqualTo(302);
        assertThat(reset(older, "attacker passphrase"))
                .as("the older link, after the newer one was used")
                .isEqualTo(422);
    }

    @Test
    void finding8_resetMailsAreRateLimitedByAddressAndByNetworkAddress() throws Exception {
        accounts.createVerified("f8.flooded@example.org", "Flooded", "first passphrase", Language.EN);
        for (int i = 0; i < 10; i++) {
            var answer = forgot("f8.flooded@example.org", "198.51.100.82");
            assertThat(answer.getRedirectedUrl())
                    .as("the page answers as usual")
                    .isEqualTo("/login");
        }
        assertThat(tokensMailedTo("f8.flooded@example.org"))
                .as("reset mails to one address after 10 requests in a second")
                .hasSizeLessThanOrEqualTo(3)
                .isNotEmpty();

        for (int i = 0; i < 12; i++) {
            accounts.createVerified("f8.net" + i + "@example.org", "Net " + i, "first passphrase", Language.EN);
            assertThat(forgot("f8.net" + i + "@example.org", "198.51.100.83").getRedirectedUrl())
                    .isEqualTo("/login");
        }
        long mailed = java.util.stream.IntStream.range(0, 12)
                .filter(i -> !tokensMailedTo("f8.net" + i + "@example.org").isEmpty())
                .count();
        assertThat(mailed).as("reset mails from one network address").isLessThanOrEqualTo(10);
        accounts.createVerified("f8.elsewhere@example.org", "Elsewhere", "first passphrase", Language.EN);
        forgot("f8.elsewhere@example.org", "198.51.100.84");
        assertThat(tokensMailedTo("f8.elsewhere@example.org"))
                .as("another network address is not held back")
                .hasSize(1);
    }
}
