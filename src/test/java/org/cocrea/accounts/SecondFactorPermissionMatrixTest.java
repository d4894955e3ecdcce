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
 * Issue 19's routes for the seven kinds of person: nobody signed in is sent to sign in; everybody signed in reaches
 * their own second factor's pages and their own data, never someone else's archive (the archive's contents are
 * {@code MyDataWebTest}'s, the step-up's {@code SecondFactorWebTest}'s).
 */
@WebTest
class SecondFactorPermissionMatrixTest {
    private record Check(String route, Function<Who, MockHttpServletRequestBuilder> request, int signedIn) {}

    private static final List<Check> CHECKS = List.of(
            // Signed in through the tests' helper, the second factor counts as passed: asked again, it is offered.
            new Check("GET /second-factor", who -> get("/second-factor"), 302),
            new Check("POST /second-factor", who -> post("/second-factor").param("code", "000000"), 422),
            new Check(
                    "POST /second-factor/recovery",
                    who -> post("/second-factor/recovery").param("recovery", "not-a-code"),
                    422),
            new Check("GET /second-factor/setup", who -> get("/second-factor/setup"), 200),
            // Without a key shown first in the same session, nothing to confirm: back to the set-up page.
            new Check(
                    "POST /second-factor/setup",
                    who -> post("/second-factor/setup").param("code", "1"),
                    302),
            new Check("GET /profile/data", who -> get("/profile/data"), 200),
            // Nobody has an archive ready in this matrix: 404, whoever asks.
            new Check("GET /profile/data/archive.zip", who -> get("/profile/data/archive.zip"), 404),
            new Check("POST /profile/data", who -> post("/profile/data"), 302));

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
        jdbc.sql("DELETE FROM personal_data_export WHERE person_id IN (SELECT id FROM app_user WHERE email IN ("
                        + "'citizen@example.org', 'parent@example.org', 'volunteer@example.org', "
                        + "'teacher@example.org', 'parks.officer@example.org', 'admin@example.org'))")
                .update();
        // Nobody signed in is sent to sign in; a signed-in person's 302 goes anywhere but there.
        var failures = new PermissionMatrix(mvc, users)
                .people(PEOPLE::get)
                .byPerson()
                .run(
                        null,
                        CHECKS,
                        (check, who) -> PermissionMatrix.Cell.of(
                                check.route(),
                                () -> check.request().apply(who),
                                who == Who.ANONYMOUS ? "LOGIN" : String.valueOf(check.signedIn())));
        assertThat(failures).isEmpty();
    }
}
