package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
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
 * A person's ways to sign in (issue 19) on the real filter chain: the page lists their password, passkeys and
 * identities at OpenID Connect providers; an identity is disconnected only while another way in remains (a password, a
 * passkey or another identity), and the last one is refused with 422 and nothing changed; an identity of someone else
 * is 404 whatever the form names. Each test makes its own people; the pages are in Italian, the default.
 */
@WebTest
class SignInMethodsWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** A citizen; without a password, as a first sign-in with a provider leaves them, when asked. */
    private String newPerson(boolean password) {
        String email = "ways." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestPeople.ensure(jdbc, email, "citizen", null);
        if (!password) {
            jdbc.sql("UPDATE app_user SET password_hash = NULL WHERE email = :e")
                    .param("e", email)
                    .update();
        }
        return email;
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private void identity(String email, String provider) {
        jdbc.sql("""
                INSERT INTO oidc_identity (provider, subject, person_id, linked_at) VALUES (:p, :s, :person, :now)
                """)
                .param("p", provider)
                .param("s", "subject-" + UUID.randomUUID())
                .param("person", id(email))
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private void passkey(String email) {
        long person = id(email);
        jdbc.sql("INSERT INTO passkey_user (person_id, user_handle) VALUES (:p, :h)")
                .param("p", person)
                .param("h", UUID.randomUUID().toString().replace("-", ""))
                .update();
        jdbc.sql("""
                INSERT INTO passkey (credential_id, person_id, label, public_key, attestation_object, signature_count,
                    uv_initialized, backup_eligible, backup_state, transports, created_at)
                VALUES (:c, :p, 'Phone', :k, :k, 0, TRUE, FALSE, FALSE, 'internal', :now)
                """)
                .param("c", UUID.randomUUID().toString().replace("-", ""))
                .param("p", person)
                .param("k", new byte[] {1, 2, 3})
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
    }

    private long identities(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM oidc_identity WHERE person_id = :p")
                .param("p", id(email))
                .query(Long.class)
                .single();
    }

    private MockHttpServletResponse disconnect(String email, String provider) throws Exception {
        return mvc.perform(post("/profile/sign-in-methods/disconnect")
                        .param("provider", provider)
                        .with(csrf())
                        .with(new Demo(users).as(email)))
                .andReturn()
                .getResponse();
    }

    private String page(String email) throws Exception {
        var response = mvc.perform(get("/profile/sign-in-methods").with(new Demo(users).as(email)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theProfileLinksToThePageWhichListsThePersonsWaysIn() throws Exception {
        String anna = newPerson(true);
        identity(anna, "spid");
        passkey(anna);
        var profile = mvc.perform(get("/profile").with(new Demo(users).as(anna)))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(profile).contains("href=\"/profile/sign-in-methods\"");
        assertThat(page(anna))
                .contains("Hai una password.")
                .contains("Passkey che hai aggiunto: 1")
                .contains("name=\"provider\" value=\"spid\"")
                .contains("action=\"/profile/sign-in-methods/disconnect\"")
                .contains("name=\"_csrf\"");
        assertThat(page(newPerson(true)))
                .contains("Nessuna identità digitale (come SPID o CIE) è collegata al tuo account.")
                .doesNotContain("action=\"/profile/sign-in-methods/disconnect\"");
    }

    @Test
    void theLastWayToSignInIsNotDisconnected() throws Exception {
        String anna = newPerson(false);
        identity(anna, "spid");
        assertThat(page(anna)).contains("Non hai una password");
        var refused = disconnect(anna, "spid");
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString(StandardCharsets.UTF_8))
                .contains("È il tuo ultimo modo di accedere, quindi non è stata scollegata.")
                .contains("name=\"provider\" value=\"spid\"");
        assertThat(identities(anna)).as("nothing changed").isEqualTo(1);
    }

    @Test
    void anIdentityIsDisconnectedWhileAPasswordAPasskeyOrAnotherIdentityRemains() throws Exception {
        // A password left.
        String withPassword = newPerson(true);
        identity(withPassword, "spid");
        var done = disconnect(withPassword, "spid");
        assertThat(done.getStatus()).isEqualTo(302);
        assertThat(done.getRedirectedUrl()).isEqualTo("/profile/sign-in-methods");
        assertThat(identities(withPassword)).isZero();

        // A passkey left.
        String withPasskey = newPerson(false);
        identity(withPasskey, "spid");
        passkey(withPasskey);
        assertThat(disconnect(withPasskey, "spid").getStatus()).isEqualTo(302);
        assertThat(identities(withPasskey)).isZero();

        // Another identity left: the first goes, the second is then the last and stays.
        String twoIdentities = newPerson(false);
        identity(twoIdentities, "spid");
        identity(twoIdentities, "cie");
        assertThat(disconnect(twoIdentities, "spid").getStatus()).isEqualTo(302);
        assertThat(disconnect(twoIdentities, "cie").getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT provider FROM oidc_identity WHERE person_id = :p")
                        .param("p", id(twoIdentities))
                        .query(String.class)
                        .list())
                .containsExactly("cie");
    }

    @Test
    void nobodyDisconnectsSomeoneElsesIdentityByNamingItsProvider() throws Exception {
        String anna = newPerson(true);
        String bruno = newPerson(true);
        identity(bruno, "bruno-only");
        assertThat(disconnect(anna, "bruno-only").getStatus()).isEqualTo(404);
        assertThat(identities(bruno)).as("Bruno's identity untouched").isEqualTo(1);
        assertThat(disconnect(anna, "").getStatus()).isEqualTo(404);
        assertThat(disconnect(anna, "x".repeat(65)).getStatus()).isEqualTo(404);
        // Without the CSRF token nothing happens either.
        var forged = mvc.perform(post("/profile/sign-in-methods/disconnect")
                        .param("provider", "bruno-only")
                        .with(new Demo(users).as(bruno)))
                .andReturn()
                .getResponse();
        assertThat(forged.getStatus()).isEqualTo(403);
        assertThat(identities(bruno)).isEqualTo(1);
    }
}
