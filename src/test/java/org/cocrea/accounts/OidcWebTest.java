package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import oidcprovider.TestOidcProvider;
import org.cocrea.testing.OidcClient;
import org.cocrea.testing.OidcTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-in through a real OpenID Connect provider started inside the tests (ADR 0029): discovery, the authorization
 * code flow with PKCE, signed ID tokens; first sign-ins that create or link accounts, and the provider's errors.
 */
@OidcTest
class OidcWebTest {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    private final TestOidcProvider provider = TestOidcProvider.get();

    private static String address() {
        return "oidc." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
    }

    /** Starts sign-in with the provider's button and signs in at the provider's own page. */
    private HttpResponse<String> signInAt(OidcClient client, String registration, TestOidcProvider.Person person)
            throws Exception {
        var providerLogin = client.get("/login/oidc/" + registration);
        assertThat(providerLogin.uri().toString()).startsWith(provider.issuer() + "/login");
        assertThat(providerLogin.body()).contains("name=\"username\"");
        return client.post(
                providerLogin.uri().toString(),
                providerLogin,
                Map.of("username", person.username(), "password", person.password()));
    }

    private long people() {
        return jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
    }

    private long identities() {
        return jdbc.sql("SELECT COUNT(*) FROM oidc_identity").query(Long.class).single();
    }

    @Test
    void aFirstSignInWithAVerifiedNewAddressCreatesAConfirmedAccountAndTheNextOneOpensIt() throws Exception {
        String email = address();
        var person = provider.newPerson(email, true, null);
        var client = new OidcClient(port);
        assertThat(client.get("/login").body()).contains("Sign in with Test ID", "href=\"/login/oidc/test\"");

        var first = signInAt(client, "test", person);
        assertThat(first.uri().getPath()).isEqualTo("/login/oidc/new");
        assertThat(first.body()).contains("Your first sign-in", "Test ID", "value=\"" + email + "\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :e")
                        .param("e", email)
                        .query(Long.class)
                        .single())
                .as("nothing is created before the person asks")
                .isZero();

        var home = client.post(
                "/login/oidc/new", first, Map.of("name", "Ada Oidc", "email", email, "acceptTerms", "true"));
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("action=\"/logout\"");
        var account = jdbc.sql("""
                SELECT u.id, u.email_verified_at IS NOT NULL AS verified, u.password_hash IS NULL AS no_password
                FROM app_user u JOIN oidc_identity i ON i.person_id = u.id
                WHERE u.email = :e AND i.provider = 'test'
                """)
                .param("e", email)
                .query((rs, n) ->
                        Map.of("id", rs.getLong(1), "verified", rs.getBoolean(2), "noPassword", rs.getBoolean(3)))
                .single();
        assertThat(account.get("verified")).isEqualTo(true);
        assertThat(account.get("noPassword")).isEqualTo(true);

        // Signed out, a second sign-in with the same identity opens the same account at once.
        var again = new OidcClient(port);
        var second = signInAt(again, "test", person);
        assertThat(second.uri().getPath()).isEqualTo("/");
        assertThat(second.body()).contains("action=\"/logout\"");
    }

    @Autowired
    Residents residents;

    /** The provider sending the browser back to Cocrea (not its own addresses naming the redirect URI). */
    private static final java.util.regex.Pattern CALLBACK =
            java.util.regex.Pattern.compile("^http://127\\.0\\.0\\.1:\\d+/login/oauth2/code/");

    private void assertErrorPage(HttpResponse<String> page, String reason, long peopleBefore, long identitiesBefore) {
        assertErrorPage(page, reason, peopleBefore, identitiesBefore, false);
    }

    private void assertErrorPage(
            HttpResponse<String> page, String reason, long peopleBefore, long identitiesBefore, boolean signedIn) {
        assertThat(page.uri().getPath()).isEqualTo("/login/oidc/error");
        assertThat(page.uri().getQuery()).isEqualTo("reason=" + reason);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("Sign-in did not work", "Nothing was stored.");
        if (signedIn) {
            // A replayed answer does not end the session it was replayed in.
            assertThat(page.body()).contains("action=\"/logout\"").doesNotContain("You are not signed in.");
        } else {
            assertThat(page.body()).contains("You are not signed in.").doesNotContain("action=\"/logout\"");
        }
        assertThat(people()).as("no account made").isEqualTo(peopleBefore);
        assertThat(identities()).as("no identity linked").isEqualTo(identitiesBefore);
    }

    private long personId(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private long identitiesOf(long personId) {
        return jdbc.sql("SELECT COUNT(*) FROM oidc_identity WHERE person_id = :p")
                .param("p", personId)
                .query(Long.class)
                .single();
    }

    @Test
    void aVerifiedAddressOfAnExistingAccountLinksOnlyAfterThatAccountsPassword() throws Exception {
        String email = address();
        org.cocrea.testing.TestPeople.ensure(jdbc, email, "citizen", null);
        long account = personId(email);
        var person = provider.newPerson(email, true, null);
        var client = new OidcClient(port);

        var first = signInAt(client, "test", person);
        assertThat(first.uri().getPath()).isEqualTo("/login/oidc/new");
        assertThat(first.body()).contains("An account with the address " + email + " already exists");
        assertThat(identitiesOf(account)).as("the claim alone links nothing").isZero();

        // Asking for a new account with that address is refused, the form kept, nothing stored.
        long before = people();
        var refused = client.post(
                "/login/oidc/new", first, Map.of("name", "Intruder", "email", email, "acceptTerms", "true"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(people()).isEqualTo(before);
        assertThat(identitiesOf(account)).isZero();

        // The password of the account proves the person holds it: then, and only then, the identity is linked.
        var login = client.get("/login");
        assertThat(login.body()).contains("your identity at Test ID will be connected to this account");
        var signedIn = client.post("/login", login, Map.of("email", email, "password", "unused-password"));
        assertThat(signedIn.body()).contains("action=\"/logout\"", "Your digital identity is now connected");
        assertThat(identitiesOf(account)).isEqualTo(1);

        var again = new OidcClient(port);
        var second = signInAt(again, "test", person);
        assertThat(second.uri().getPath()).isEqualTo("/");
        assertThat(again.get("/profile").body()).contains(email);
    }

    @Test
    void anUnverifiedAddressNeverLinksNorTakesAnAccountsAddress() throws Exception {
        String email = address();
        org.cocrea.testing.TestPeople.ensure(jdbc, email, "citizen", null);
        long account = personId(email);
        var person = provider.newPerson(email, false, null);
        var client = new OidcClient(port);

        var first = signInAt(client, "test", person);
        assertThat(first.uri().getPath()).isEqualTo("/login/oidc/new");
        assertThat(first.body())
                .as("an unverified claim is not used to find an account")
                .doesNotContain("already exists")
                .contains("We will send a link to this address to confirm it.");
        long before = people();
        var refused =
                client.post("/login/oidc/new", first, Map.of("name", "Someone", "email", email, "acceptTerms", "true"));
        assertThat(refused.statusCode()).isEqualTo(422);
        assertThat(refused.body()).contains("This address already has an account.", "value=\"Someone\"");
        assertThat(people()).isEqualTo(before);
        assertThat(identitiesOf(account)).isZero();

        // With an address of their own the account is made, the address still to confirm.
        String own = address();
        var home =
                client.post("/login/oidc/new", refused, Map.of("name", "Someone", "email", own, "acceptTerms", "true"));
        assertThat(home.body()).contains("action=\"/logout\"");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE email = :e AND email_verified_at IS NULL")
                        .param("e", own)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void aFiscalNumberClaimVerifiesResidenceByItsKeyedHashWithoutKeepingTheCode() throws Exception {
        String code = "RSSMRA80A01H" + (100 + new java.util.Random().nextInt(800)) + "U";
        long uploader = personId(org.cocrea.testing.Demo.ADMIN);
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)")
                .param("n", "Comune OIDC " + UUID.randomUUID())
                .update(keys, "id");
        long organisation = keys.getKey().longValue();
        residents.upload(organisation, uploader, ("BNCLRA85B02F205X\n" + code + "\n").getBytes());
        String email = address();
        var person = provider.newPerson(email, true, "TINIT-" + code);
        var client = new OidcClient(port);

        var first = signInAt(client, "test", person);
        client.post("/login/oidc/new", first, Map.of("name", "Mario Rossi", "email", email, "acceptTerms", "true"));
        long id = personId(email);
        assertThat(residents.isVerifiedResident(id, organisation)).isTrue();
        assertThat(residents.residentKey(id, organisation)).isEqualTo(residents.censusKey(organisation, code));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resident WHERE identifier_hash LIKE :c")
                        .param("c", "%" + code + "%")
                        .query(Long.class)
                        .single())
                .as("the code is never stored in clear")
                .isZero();
    }

    @Test
    void aProfessionalSignedInThroughTheProviderMustStillSetUpASecondFactor() throws Exception {
        String email = address();
        long organisation = jdbc.sql("SELECT organisation_id FROM app_user WHERE email = :e")
                .param("e", org.cocrea.testing.Demo.SOCIAL_WORKER)
                .query(Long.class)
                .single();
        org.cocrea.testing.TestPeople.ensure(jdbc, email, "professional", organisation);
        var person = provider.newPerson(email, true, null);
        jdbc.sql("""
                INSERT INTO oidc_identity (provider, subject, person_id, linked_at)
                VALUES ('test', :s, :p, CURRENT_TIMESTAMP)
                """).param("s", person.username()).param("p", personId(email)).update();
        var client = new OidcClient(port);
        var landing = signInAt(client, "test", person);
        assertThat(landing.uri().getPath()).isEqualTo("/second-factor/setup");
        var plans = client.getOnce("/admin");
        assertThat(plans.statusCode()).isIn(302, 403);
    }

    @Test
    void deniedConsentEndsOnAClearPageAndCreatesNothing() throws Exception {
        long people = people();
        long identities = identities();
        var person = provider.newPerson(address(), true, null);
        var client = new OidcClient(port);
        var consent = signInAt(client, "consent", person);
        assertThat(consent.uri().toString()).startsWith(provider.issuer());
        var fields = OidcClient.hidden(consent.body());
        assertThat(fields).containsKeys("client_id", "state");
        // Cancelling the consent page sends no scope: the provider answers access_denied.
        var denied = client.postRaw(
                provider.issuer() + "/oauth2/authorize",
                List.of(Map.entry("client_id", fields.get("client_id")), Map.entry("state", fields.get("state"))));
        assertErrorPage(denied, "denied", people, identities);
        assertThat(client.visited.stream().map(Object::toString))
                .anyMatch(u -> u.contains("/login/oauth2/code/consent") && u.contains("error=access_denied"));
    }

    @Test
    void aReplayedAnswerIsRefused() throws Exception {
        var person = provider.newPerson(address(), true, null);
        var client = new OidcClient(port);
        var first = signInAt(client, "test", person);
        client.post("/login/oidc/new", first, Map.of("name", "Once", "email", person.email(), "acceptTerms", "true"));
        var callback = client.visitedCallback;
        assertThat(callback).isNotNull();
        long people = people();
        long identities = identities();
        // The same code and state again, in the same session: the authorization request was used up.
        var replayed = client.get(callback.toString());
        assertErrorPage(replayed, "state", people, identities, true);
        // ...and in a session that never started a sign-in.
        var stranger = new OidcClient(port);
        assertErrorPage(stranger.get(callback.toString()), "state", people, identities);
    }

    @Test
    void anExpiredCodeIsRefused() throws Exception {
        long people = people();
        long identities = identities();
        var person = provider.newPerson(address(), true, null);
        var client = new OidcClient(port);
        var providerLogin = client.get("/login/oidc/slow");
        var atCallback = client.follow(
                client.postOnce(
                        providerLogin.uri().toString(),
                        providerLogin,
                        Map.of("username", person.username(), "password", person.password())),
                CALLBACK);
        String location = atCallback.headers().firstValue("Location").orElseThrow();
        assertThat(location).contains("/login/oauth2/code/slow", "code=");
        Thread.sleep(2500); // the slow client's codes live one second
        assertErrorPage(client.get(location), "expired", people, identities);
    }

    @Test
    void anIdTokenSignedWithAnotherKeyIsRefused() throws Exception {
        long people = people();
        long identities = identities();
        var person = provider.newPerson(address(), true, null);
        var client = new OidcClient(port);
        provider.forgeIdTokens(true);
        try {
            assertErrorPage(signInAt(client, "test", person), "token", people, identities);
        } finally {
            provider.forgeIdTokens(false);
        }
    }

    @Test
    void signingOutEndsTheProvidersSessionToo() throws Exception {
        var person = provider.newPerson(address(), true, null);
        var client = new OidcClient(port);
        var first = signInAt(client, "test", person);
        var home = client.post(
                "/login/oidc/new", first, Map.of("name", "Leaving", "email", person.email(), "acceptTerms", "true"));
        var out = client.post("/logout", home, Map.of());
        assertThat(client.visited.stream().map(Object::toString))
                .anyMatch(u -> u.startsWith(provider.issuer()) && u.contains("id_token_hint="));
        assertThat(out.uri().toString()).isEqualTo(client.app() + "/?signedOut");
        // The provider asks for its password again: its session ended with Cocrea's.
        var again = client.get("/login/oidc/test");
        assertThat(again.uri().toString()).startsWith(provider.issuer() + "/login");
    }
}
