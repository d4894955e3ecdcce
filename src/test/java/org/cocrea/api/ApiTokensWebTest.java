package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.platform.SecretTokens;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestVoters;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** The tokens page, and every way a token is refused by the API. */
@WebTest
class ApiTokensWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Test
    void aTokenIsShownOnceStoredAsAHashListedAndRevoked() throws Exception {
        var demo = new Demo(users);
        mvc.perform(get("/api/tokens").with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Crea un nuovo token")));
        String page = mvc.perform(post("/api/tokens")
                        .with(csrf())
                        .with(demo.as(Demo.PARENT))
                        .param("name", "School website")
                        .param("scopes", "read:public", "read:mine")
                        .param("days", "30"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        String token = page.replaceAll("(?s).*value=\"(cocrea_[A-Za-z0-9_-]{43})\".*", "$1");
        assertThat(token).startsWith("cocrea_");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h AND scopes = 'read:public read:mine'")
                        .param("h", SecretTokens.hash(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :t")
                        .param("t", token)
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.email").value(Demo.PARENT))
                .andExpect(jsonPath("$.scopes[0]").value("read:public"));
        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h")
                .param("h", SecretTokens.hash(token))
                .query(Long.class)
                .single();
        // Listed with its last use, never with the token.
        mvc.perform(get("/api/tokens").with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("School website")))
                .andExpect(content().string(not(containsString(token))))
                .andExpect(content().string(not(containsString(">mai<"))));
        // Another person cannot revoke it.
        mvc.perform(post("/api/tokens/" + id + "/revoke").with(csrf()).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        mvc.perform(post("/api/tokens/" + id + "/revoke").with(csrf()).with(demo.as(Demo.PARENT)))
                .andExpect(status().isFound());
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("This token was revoked."));
    }

    @Test
    void badFormsAreRefusedAndNothingIsStored() throws Exception {
        var demo = new Demo(users);
        long before =
                jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single();
        mvc.perform(post("/api/tokens").with(csrf()).with(demo.as(Demo.PARENT)).param("days", "366"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Dai al token un nome")))
                .andExpect(content().string(containsString("Scegli almeno un permesso")))
                .andExpect(content().string(containsString("da 1 a 365 giorni")));
        mvc.perform(post("/api/tokens")
                        .with(csrf())
                        .with(demo.as(Demo.PARENT))
                        .param("name", "x")
                        .param("scopes", "admin")
                        .param("days", "abc"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Scegli solo tra i permessi")));
        mvc.perform(post("/api/tokens").with(csrf()).param("name", "x").param("scopes", "ballot"))
                .andExpect(status().isFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void guessedMalformedExpiredStaleAndDeletedTokensGet401AndTooLittleScope403() throws Exception {
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer cocrea_" + SecretTokens.newToken()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.error").value("invalid_token"))
                .andExpect(jsonPath("$.message").value("This token is unknown."));
        mvc.perform(get("/api/v1/initiatives").header("Authorization", "Bearer nonsense"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("The bearer token is not a Cocrea API token."));
        mvc.perform(get("/api/v1/initiatives").header("Authorization", "Basic YTpi"))
                .andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.error").value("token_required"));

        String email =
                TestVoters.create(jdbc, "api-token-" + System.nanoTime(), 1).get(0);
        String expired = ApiFixtures.token(tokens, accounts, email, "read:mine");
        jdbc.sql("UPDATE api_token SET expires_at = CURRENT_TIMESTAMP, created_at = :past WHERE token_hash = :h")
                .param("past", java.time.OffsetDateTime.now().minusDays(2))
                .param("h", SecretTokens.hash(expired))
                .update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + expired))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message").value("This token expired; make a new one."));

        String publicOnly = ApiFixtures.token(tokens, accounts, email, "read:public");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + publicOnly))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.error").value("insufficient_scope"));
        String ballotOnly = ApiFixtures.token(tokens, accounts, email, "ballot");
        mvc.perform(get("/api/v1/initiatives").header("Authorization", "Bearer " + ballotOnly))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/initiatives").header("Authorization", "Bearer " + publicOnly))
                .andExpect(status().isOk());

        // Rights follow the account: made an administrator (or no longer one), the token stops at once.
        String mine = ApiFixtures.token(tokens, accounts, email, "read:mine");
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + mine)).andExpect(status().isOk());
        jdbc.sql("UPDATE app_user SET admin = TRUE, rights_version = rights_version + 1 WHERE email = :e")
                .param("e", email)
                .update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + mine))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.message", containsString("rights changed")));
        String again = ApiFixtures.token(tokens, accounts, email, "read:mine");
        jdbc.sql("UPDATE app_user SET deleted_at = CURRENT_TIMESTAMP, rights_version = rights_version + 1"
                        + " WHERE email = :e")
                .param("e", email)
                .update();
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + again))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinuteAndEachTokenIsRateLimited() throws Exception {
        String email =
                TestVoters.create(jdbc, "api-rate-" + System.nanoTime(), 1).get(0);
        String token = ApiFixtures.token(tokens, accounts, email, "read:public");
        String hash = SecretTokens.hash(token);
        mvc.perform(get("/api/v1/initiatives?size=1").header("Authorization", "Bearer " + token))
                .andExpect(status().isOk());
        var first = jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = :h")
                .param("h", hash)
                .query(java.time.OffsetDateTime.class)
                .single();
        assertThat(first).isNotNull();
        int ok = 1;
        int limited = 0;
        for (int i = 0; i < ApiTokens.PER_TOKEN.max() + 4; i++) {
            int status = mvc.perform(get("/api/v1/initiatives/999999999").header("Authorization", "Bearer " + token))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            if (status == 429) {
                limited++;
            } else {
                ok++;
            }
        }
        assertThat(ok).isEqualTo(ApiTokens.PER_TOKEN.max());
        assertThat(limited).isEqualTo(5);
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = :h")
                        .param("h", hash)
                        .query(java.time.OffsetDateTime.class)
                        .single())
                .isEqualTo(first);
        // Another token of the same person has its own slots.
        String other = ApiFixtures.token(tokens, accounts, email, "read:public");
        mvc.perform(get("/api/v1/initiatives?size=1").header("Authorization", "Bearer " + other))
                .andExpect(status().isOk());
        assertThat(List.of(ok)).isNotEmpty();
    }
}
