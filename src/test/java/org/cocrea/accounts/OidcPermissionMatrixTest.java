package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * ADR 0029's routes for the seven kinds of person, in the ordinary test context where no OpenID Connect provider is
 * configured: the routes answer alike for everybody, signed in or not (they are part of signing in), an unknown
 * provider is 404, the first sign-in's page without an identity waiting leads back to sign-in, and the error page names
 * a known reason. With providers, the whole flow is {@code OidcWebTest}'s and {@code OidcBrowserIT}'s.
 */
@WebTest
class OidcPermissionMatrixTest {
    private record Check(String route, Function<Who, MockHttpServletRequestBuilder> request, int status) {}

    private static final List<Check> CHECKS = List.of(
            new Check("GET /login/oidc/{provider}", who -> get("/login/oidc/nobody"), 404),
            new Check("GET /login/oidc/error", who -> get("/login/oidc/error").param("reason", "denied"), 400),
            new Check("GET /login/oidc/new", who -> get("/login/oidc/new"), 302),
            new Check(
                    "POST /login/oidc/new",
                    who -> post("/login/oidc/new")
                            .param("name", "Someone")
                            .param("email", "someone@example.org")
                            .param("acceptTerms", "true"),
                    302),
            new Check("POST /login/oidc/cancel", who -> post("/login/oidc/cancel"), 302));

    static final Set<String> ROUTES = CHECKS.stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private static final Map<Who, String> PEOPLE = AccountMatrixPeople.PEOPLE;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void everyKindOfPerson() throws Exception {
        long people =
                jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single();
        // A 302 here is the way back to the sign-in page, "/login" exactly.
        var failures = new PermissionMatrix(mvc, users)
                .people(PEOPLE::get)
                .byPerson()
                .run(
                        null,
                        CHECKS,
                        (check, who) -> PermissionMatrix.Cell.of(
                                        check.route(),
                                        () -> check.request().apply(who),
                                        check.status() == 302 ? "LOGIN" : String.valueOf(check.status()))
                                .also(r -> {
                                    if (check.status() == 302) {
                                        assertThat(r.getRedirectedUrl()).isEqualTo("/login");
                                    }
                                }));
        assertThat(failures).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single())
                .as("no identity was waiting: no account is made")
                .isEqualTo(people);
    }

    @Test
    void withoutProvidersTheSignInAndRegistrationPagesOfferNone() throws Exception {
        for (String page : List.of("/login", "/register")) {
            var body = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
            assertThat(body).contains("type=\"password\"").doesNotContain("oidc-providers", "/login/oidc/");
        }
    }
}
