package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * ADR 0031's routes for the seven kinds of person: the passkeys page and removal (the controller's), the page of a
 * person's ways to sign in and an identity's disconnection (issue 19), and Spring
 * Security's WebAuthn endpoints, which its filters serve (so {@code RouteCoverageTest} lists them as served
 * elsewhere). Nobody signed in reaches the page or a registration; anybody may ask for sign-in options and try a
 * passkey. Nobody in this matrix has a passkey: a removal is 404 and Spring's delete refused, whoever asks (a person's
 * own passkeys are {@code PasskeyWebTest}'s).
 */
@WebTest
class PasskeyPermissionMatrixTest {
    /** A route, the request, what anonymous gets (302 means: to the sign-in page) and what a signed-in person gets. */
    private record Check(String route, Supplier<MockHttpServletRequestBuilder> request, int anonymous, int signedIn) {}

    private static final String NONSENSE = "{\"publicKey\":{\"label\":\"x\"}}";

    private static final List<Check> CHECKS = List.of(
            new Check("GET /profile/passkeys", () -> get("/profile/passkeys"), 302, 200),
            new Check(
                    "POST /profile/passkeys/remove",
                    () -> post("/profile/passkeys/remove").param("credential", "AAAA"),
                    302,
                    404),
            // A person's ways to sign in: nobody here has an identity at a provider, so a disconnection is 404 (a
            // person's own, the refusal of their last way in and another person's are SignInMethodsWebTest's).
            new Check("GET /profile/sign-in-methods", () -> get("/profile/sign-in-methods"), 302, 200),
            new Check(
                    "POST /profile/sign-in-methods/disconnect",
                    () -> post("/profile/sign-in-methods/disconnect").param("provider", "test"),
                    302,
                    404),
            // Spring Security's filters: options to make a passkey only for a signed-in person (400 otherwise).
            new Check("POST /webauthn/register/options", () -> post("/webauthn/register/options"), 400, 200),
            new Check(
                    "POST /webauthn/register",
                    () -> post("/webauthn/register")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(NONSENSE),
                    302,
                    400),
            new Check("DELETE /webauthn/register/{id}", () -> delete("/webauthn/register/AAAA"), 302, 403),
            new Check("POST /webauthn/authenticate/options", () -> post("/webauthn/authenticate/options"), 200, 200),
            new Check(
                    "POST /login/webauthn",
                    () -> post("/login/webauthn")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content("{}"),
                    401,
                    401));

    static final Set<String> ROUTES = CHECKS.stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private static final Map<Who, String> PEOPLE = AccountMatrixPeople.PEOPLE;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void everyKindOfPerson() throws Exception {
        // A 302 here is the redirect to the sign-in page, which the runner names "LOGIN".
        var failures = new PermissionMatrix(mvc, users)
                .people(PEOPLE::get)
                .byPerson()
                .run(null, CHECKS, (check, who) -> {
                    int expected = who == Who.ANONYMOUS ? check.anonymous() : check.signedIn();
                    return PermissionMatrix.Cell.of(
                            check.route(),
                            () -> check.request().get(),
                            expected == 302 ? "LOGIN" : String.valueOf(expected));
                });
        assertThat(failures).isEmpty();
    }
}
