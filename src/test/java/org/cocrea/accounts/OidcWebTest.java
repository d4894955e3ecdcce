package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
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
}
