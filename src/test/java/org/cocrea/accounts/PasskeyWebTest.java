package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cocrea.testing.Browser;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ADR 0031 on the real filter chain (pages in Italian unless the person signed in, whose language is English): the passkeys page lists a person's own passkeys and removes only theirs; Spring
 * Security's WebAuthn endpoints ask for user verification on this relying party; answers that do not verify are
 * refused with a reason and never a 500; a person with a second factor changes passkeys only once they passed it; a
 * person with a passkey and no app is asked for the passkey after their password. A registration and a sign-in with a
 * real authenticator are {@code PasskeyBrowserIT}'s. Each test makes its own people.
 */
@WebTest
class PasskeyWebTest {
    private static final JsonMapper JSON = new JsonMapper();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private String newPerson(String kind) {
        String email = "passkey." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long organisation = "professional".equals(kind)
                ? jdbc.sql("SELECT organisation_id FROM app_user WHERE email = :e")
                        .param("e", Demo.SOCIAL_WORKER)
                        .query(Long.class)
                        .single()
                : null;
        TestPeople.ensure(jdbc, email, kind, organisation);
        return email;
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** A stored passkey, as a registration leaves it (its key material does not matter here). */
    private String passkey(String email, String label) {
        long person = id(email);
        if (jdbc.sql("SELECT COUNT(*) FROM passkey_user WHERE person_id = :p")
                        .param("p", person)
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO passkey_user (person_id, user_handle) VALUES (:p, :h)")
                    .param("p", person)
                    .param("h", UUID.randomUUID().toString().replace("-", ""))
                    .update();
        }
        String credential = UUID.randomUUID().toString().replace("-", "");
        jdbc.sql("""
                INSERT INTO passkey (credential_id, person_id, label, public_key, attestation_object, signature_count,
                    uv_initialized, backup_eligible, backup_state, transports, created_at)
                VALUES (:c, :p, :l, :k, :k, 0, TRUE, FALSE, FALSE, 'internal', :now)
                """)
                .param("c", credential)
                .param("p", person)
                .param("l", label)
                .param("k", new byte[] {1, 2, 3})
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return credential;
    }

    private long passkeysOf(String email) {
        return jdbc.sql("SELECT COUNT(*) FROM passkey WHERE person_id = :p")
                .param("p", id(email))
                .query(Long.class)
                .single();
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    @Test
    void thePageListsOnlyTheOwnersPasskeysAndOnlyTheOwnerRemovesOne() throws Exception {
        var demo = new Demo(users);
        String anna = newPerson("citizen");
        String bruno = newPerson("citizen");
        var empty = mvc.perform(get("/profile/passkeys").with(demo.as(anna)))
                .andReturn()
                .getResponse();
        assertThat(empty.getStatus()).isEqualTo(200);
        assertThat(empty.getContentAsString())
                .contains("Non hai ancora aggiunto una passkey")
                .contains("id=\"passkey-register\"")
                .contains("maxlength=\"60\"")
                .contains("/js/passkeys.js");

        String phone = passkey(anna, "Anna's phone");
        passkey(bruno, "Bruno's laptop");
        var page = mvc.perform(get("/profile/passkeys").with(demo.as(anna)))
                .andReturn()
                .getResponse();
        assertThat(page.getContentAsString())
                .contains("Anna&#39;s phone")
                .contains("non ancora usata")
                .doesNotContain("Bruno&#39;s laptop");

        // Bruno cannot remove Anna's: the same 404 as for one that does not exist; it stays.
        var other = mvc.perform(post("/profile/passkeys/remove")
                        .with(csrf())
                        .with(demo.as(bruno))
                        .param("credential", phone))
                .andReturn()
                .getResponse();
        assertThat(other.getStatus()).isEqualTo(404);
        assertThat(passkeysOf(anna)).isEqualTo(1);
        var missing = mvc.perform(post("/profile/passkeys/remove").with(csrf()).with(demo.as(anna)))
                .andReturn()
                .getResponse();
        assertThat(missing.getStatus()).isEqualTo(404);

        var removed = mvc.perform(post("/profile/passkeys/remove")
                        .with(csrf())
                        .with(demo.as(anna))
                        .param("credential", phone))
                .andReturn()
                .getResponse();
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(removed.getRedirectedUrl()).isEqualTo("/profile/passkeys");
        assertThat(passkeysOf(anna)).isZero();
        assertThat(passkeysOf(bruno)).isEqualTo(1);
    }

    /**
     * A passkey that is the person's last way to sign in (no password, no other passkey, no identity at a provider)
     * is not removed: a 422 that says why, and it stays. Once they connect an identity, it may go.
     */
    @Test
    void theLastWayToSignInIsNotRemoved() throws Exception {
        var demo = new Demo(users);
        String carla = newPerson("citizen");
        String phone = passkey(carla, "Carla's phone");
        jdbc.sql("UPDATE app_user SET password_hash = NULL WHERE id = :p")
                .param("p", id(carla))
                .update();
        var refused = mvc.perform(post("/profile/passkeys/remove")
                        .with(csrf())
                        .with(demo.as(carla))
                        .param("credential", phone))
                .andReturn()
                .getResponse();
        assertThat(refused.getStatus()).isEqualTo(422);
        assertThat(refused.getContentAsString())
                .contains("è il tuo ultimo modo di accedere")
                .contains("Carla&#39;s phone");
        assertThat(passkeysOf(carla)).isEqualTo(1);

        jdbc.sql("INSERT INTO oidc_identity (provider, subject, person_id, linked_at) VALUES ('spid', :s, :p, :now)")
                .param("s", UUID.randomUUID().toString())
                .param("p", id(carla))
                .param("now", java.time.OffsetDateTime.now())
                .update();
        var removed = mvc.perform(post("/profile/passkeys/remove")
                        .with(csrf())
                        .with(demo.as(carla))
                        .param("credential", phone))
                .andReturn()
                .getResponse();
        assertThat(removed.getStatus()).isEqualTo(302);
        assertThat(passkeysOf(carla)).isZero();
    }

    @Test
    void theOptionsAskForUserVerificationOnThisRelyingParty() throws Exception {
        var demo = new Demo(users);
        String anna = newPerson("citizen");
        var registration = mvc.perform(
                        post("/webauthn/register/options").with(csrf()).with(demo.as(anna)))
                .andReturn()
                .getResponse();
        assertThat(registration.getStatus()).isEqualTo(200);
        var options = json(registration.getContentAsString());
        assertThat(options.get("rp").get("id").asString()).isEqualTo("localhost");
        assertThat(options.get("user").get("name").asString()).isEqualTo(anna);
        assertThat(options.get("authenticatorSelection").get("userVerification").asString())
                .isEqualTo("required");
        assertThat(options.get("authenticatorSelection").get("residentKey").asString())
                .isEqualTo("required");
        assertThat(options.get("challenge").asString()).hasSizeGreaterThanOrEqualTo(22);
        // The person's user handle is random, never their address.
        String handle = jdbc.sql("SELECT user_handle FROM passkey_user WHERE person_id = :p")
                .param("p", id(anna))
                .query(String.class)
                .single();
        assertThat(options.get("user").get("id").asString()).isEqualTo(handle).doesNotContain("example");

        var signIn = mvc.perform(post("/webauthn/authenticate/options").with(csrf()))
                .andReturn()
                .getResponse();
        assertThat(signIn.getStatus()).isEqualTo(200);
        var request = json(signIn.getContentAsString());
        assertThat(request.get("rpId").asString()).isEqualTo("localhost");
        assertThat(request.get("userVerification").asString()).isEqualTo("required");
        // Without a session's sign-in: any passkey of this site may answer (discoverable), none is named.
        assertThat(request.get("allowCredentials")).isEmpty();
    }

    @Test
    void answersThatDoNotVerifyAreRefusedWithAReasonNeverA500() throws Exception {
        var demo = new Demo(users);
        String anna = newPerson("citizen");
        // A registration without options asked first, or with nonsense: 400, nothing stored.
        var browser = new Browser(mvc);
        var nonsense = mvc.perform(post("/webauthn/register")
                        .with(csrf())
                        .with(demo.as(anna))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"publicKey\":{\"label\":\"x\"}}"))
                .andReturn()
                .getResponse();
        assertThat(nonsense.getStatus()).isEqualTo(400);
        assertThat(json(nonsense.getContentAsString()).get("error").asString()).isEqualTo("failed");
        assertThat(passkeysOf(anna)).isZero();

        // A sign-in with a passkey nobody has, after real options: 401 and the reason, nobody signed in.
        var options = browser.perform(post("/webauthn/authenticate/options").with(csrf()));
        assertThat(options.getStatus()).isEqualTo(200);
        var refused = browser.perform(post("/login/webauthn")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"id":"AAAA","rawId":"AAAA","type":"public-key","response":{
                          "authenticatorData":"AAAA","clientDataJSON":"AAAA","signature":"AAAA"},
                         "clientExtensionResults":{}}
                        """));
        assertThat(refused.getStatus()).isEqualTo(401);
        var answer = json(refused.getContentAsString());
        assertThat(answer.get("authenticated").asBoolean()).isFalse();
        assertThat(answer.get("error").asString()).isEqualTo("failed");
        assertThat(browser.perform(get("/profile")).getRedirectedUrl()).endsWith("/login");

        // Not JSON at all.
        var garbage = browser.perform(post("/login/webauthn")
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("not json"));
        assertThat(garbage.getStatus()).isEqualTo(401);
    }

    @Test
    void aPersonWithASecondFactorChangesPasskeysOnlyOnceTheyPassedIt() throws Exception {
        String anna = newPerson("citizen");
        var browser = new Browser(mvc);
        var login =
                browser.perform(post("/login").with(csrf()).param("email", anna).param("password", "unused-password"));
        assertThat(login.getRedirectedUrl()).isEqualTo("/");
        // A passkey added elsewhere meanwhile: this session, signed in with a password alone, may not change them.
        String credential = passkey(anna, "Tablet");
        var options = browser.perform(post("/webauthn/register/options").with(csrf()));
        assertThat(options.getStatus()).isEqualTo(403);
        assertThat(json(options.getContentAsString()).get("error").asString()).isEqualTo("secondFactorFirst");
        var page = browser.perform(get("/profile/passkeys"));
        assertThat(page.getContentAsString())
                .contains("id=\"passkeys-pass-first\"")
                .doesNotContain("passkey-register");
        var remove =
                browser.perform(post("/profile/passkeys/remove").with(csrf()).param("credential", credential));
        assertThat(remove.getRedirectedUrl()).isEqualTo("/second-factor");
        assertThat(passkeysOf(anna)).isEqualTo(1);
    }

    @Test
    void aProfessionalWithAPasskeyIsAskedForItAfterThePasswordAndNoCode() throws Exception {
        String worker = newPerson("professional");
        passkey(worker, "Work phone");
        var browser = new Browser(mvc);
        var login = browser.perform(
                post("/login").with(csrf()).param("email", worker).param("password", "unused-password"));
        assertThat(login.getRedirectedUrl()).isEqualTo("/second-factor");
        assertThat(browser.perform(get("/admin")).getRedirectedUrl()).isEqualTo("/second-factor");
        var page = browser.perform(get("/second-factor"));
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("Confirm it is you")
                .contains("id=\"passkey-sign-in\"")
                .doesNotContain("name=\"code\"")
                .doesNotContain("/second-factor/recovery");
        // The step may ask for options: they name this person's passkeys only.
        var options = browser.perform(post("/webauthn/authenticate/options").with(csrf()));
        assertThat(options.getStatus()).isEqualTo(200);
        var allowed = json(options.getContentAsString()).get("allowCredentials");
        assertThat(allowed).hasSize(1);

        // The set-up page offers a passkey as well as the app.
        var setup = browser.perform(get("/second-factor/setup"));
        assertThat(setup.getRedirectedUrl()).as("a second factor is owed first").isEqualTo("/second-factor");
    }

    @Test
    void theSignInAndSetUpPagesOfferAPasskey() throws Exception {
        var login = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(login.getContentAsString())
                .contains("Accedi con una passkey")
                .contains("data-passkey=\"sign-in\"")
                .contains("Questo browser non può usare le passkey");
        var demo = new Demo(users);
        String worker = newPerson("professional");
        var setup = mvc.perform(get("/second-factor/setup").with(demo.as(worker)))
                .andReturn()
                .getResponse();
        assertThat(setup.getContentAsString())
                .contains("id=\"setup-passkey-link\"")
                .contains("otpauth://totp/");
    }
}
