package org.cocrea.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the administrators' pages of issue 14 (moderation queue, statistics, list of initiatives, static
 * pages and their editor) for the seven kinds of person: administrators only, the six other kinds refused with 403,
 * nobody signed in sent to sign in; and the static pages, which everyone reads. These pages belong to no initiative,
 * so the kinds are new accounts: three citizens, two professionals of different organisations (the FACILITATOR of the
 * demo's municipality), an administrator. A refused edit changes no page. {@link org.cocrea.RouteCoverageTest} checks
 * that {@link #ROUTES} names every route of these controllers.
 */
@WebTest
class AdminPermissionMatrixTest {

    record Check(String route, Function<Who, MockHttpServletRequestBuilder> request, Function<Who, String> expect) {}

    private static String admins(Who who, String allowed) {
        return who == Who.ANONYMOUS ? "LOGIN" : who == Who.ADMIN ? allowed : "403";
    }

    static List<Check> checks() {
        var checks = new ArrayList<Check>();
        for (String path : List.of("/admin/moderation", "/admin/statistics", "/admin/initiatives", "/admin/pages")) {
            checks.add(new Check("GET " + path, who -> get(path), who -> admins(who, "200")));
        }
        checks.add(new Check(
                "GET /admin/pages/{page}/{lang}", who -> get("/admin/pages/terms/it"), who -> admins(who, "200")));
        checks.add(new Check(
                "POST /admin/pages/{page}/{lang}",
                who -> post("/admin/pages/about/en").param("body", "Matrix text by " + who),
                who -> admins(who, "302")));
        for (String path : List.of("/about", "/terms", "/privacy", "/accessibility")) {
            checks.add(new Check("GET " + path, who -> get(path), who -> "200"));
        }
        return checks;
    }

    static final Set<String> ROUTES = checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Map<Who, String> people;

    @BeforeEach
    void people() {
        people = new EnumMap<>(Who.class);
        long municipality =
                jdbc.sql("SELECT MIN(id) FROM organisation").query(Long.class).single();
        long other = organisation("Comune di Esempio");
        for (Who who : Who.values()) {
            if (who == Who.ANONYMOUS) {
                continue;
            }
            String email = "admin-matrix." + who.name().toLowerCase() + "."
                    + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
            switch (who) {
                case FACILITATOR -> TestPeople.ensure(jdbc, email, "professional", municipality);
                case OTHER_PRO -> TestPeople.ensure(jdbc, email, "professional", other);
                default -> TestPeople.ensure(jdbc, email, "citizen", null);
            }
            if (who == Who.ADMIN) {
                jdbc.sql("UPDATE app_user SET admin = TRUE WHERE email = :e")
                        .param("e", email)
                        .update();
            }
            people.put(who, email);
        }
    }

    private long organisation(String name) {
        jdbc.sql("""
                        INSERT INTO organisation (name, created_at)
                        SELECT :n, CURRENT_TIMESTAMP WHERE NOT EXISTS (SELECT 1 FROM organisation WHERE name = :n)
                        """).param("n", name).update();
        return jdbc.sql("SELECT MIN(id) FROM organisation WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    private String aboutInEnglish() {
        return jdbc.sql("SELECT body FROM static_page WHERE page = 'about' AND language = 'en'")
                .query(String.class)
                .optional()
                .orElse(null);
    }

    @Test
    void everyRouteForEveryKindOfPerson() throws Exception {
        var failures = new PermissionMatrix(mvc, users)
                .people(people::get)
                .state(() -> String.valueOf(aboutInEnglish()), "the about page")
                .allowed("302")
                .run(
                        null,
                        checks(),
                        (check, who) -> PermissionMatrix.Cell.changing(
                                        check.route(),
                                        () -> check.request().apply(who).header("Accept-Language", "en"),
                                        check.expect().apply(who),
                                        check.route().startsWith("POST"),
                                        r -> assertThat(aboutInEnglish()).isEqualTo("Matrix text by ADMIN"))
                                .also(r -> {
                                    String actual = PermissionMatrix.answer(r);
                                    if (actual.equals("403") || actual.equals("LOGIN")) {
                                        assertThat(r.getContentAsString())
                                                .doesNotContain(
                                                        "Moderation queue", "Platform statistics", "Matrix text by");
                                    }
                                }));
        assertThat(failures).isEmpty();
    }
}
