package org.cocrea.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.Stream;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Who may use the new budget pages: anonymous, a member citizen, another citizen (no member), a second member, the
 * facilitator, a professional of another organisation and an admin. "login" means sent to sign in.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetChannelsPermissionTest {
    static final String LOGIN = "login";
    static final String OTHER_PRO = "budget.perm.other.pro@example.org";
    static final List<String> WHO =
            List.of("anonymous", Demo.CITIZEN, Demo.PARENT, Demo.VOLUNTEER, Demo.PARKS_OFFICER, OTHER_PRO, Demo.ADMIN);

    /** Expected answers in the order of {@link #WHO}. */
    record Route(String method, String path, List<String> expected) {
        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    static List<String> managersOnly(String facilitator) {
        return List.of(LOGIN, "403", "403", "403", facilitator, "403", "403");
    }

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/codes", managersOnly("200")),
            new Route("POST", "/codes", managersOnly("422")),
            new Route("GET", "/paper", managersOnly("200")),
            new Route("POST", "/paper", managersOnly("422")),
            new Route("MULTIPART", "/import", managersOnly("422")),
            new Route("GET", "/code", List.of("200", "200", "200", "200", "200", "200", "200")),
            new Route("POST", "/code", List.of("422", "422", "422", "422", "422", "422", "422")));

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long instance;

    @BeforeAll
    void setUp() {
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        if (jdbc.sql("SELECT COUNT(*) FROM organisation WHERE name = 'Comune Permessi'")
                        .query(Long.class)
                        .single()
                == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('Comune Permessi', :now)")
                    .param("now", now)
                    .update();
        }
        long org = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune Permessi'")
                .query(Long.class)
                .single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
        instance = jdbc.sql("SELECT b.tool_instance_id FROM budget b JOIN budget_project p ON p.budget_id = b.id "
                        + "WHERE p.title = 'Rastrelliere in dieci piazze'")
                .query(Long.class)
                .single();
    }

    Stream<Arguments> cases() {
        return ROUTES.stream()
                .flatMap(route -> java.util.stream.IntStream.range(0, WHO.size())
                        .mapToObj(i ->
                                Arguments.of(route, WHO.get(i), route.expected().get(i))));
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cases")
    void routeAnswersAsExpected(Route route, String who, String expected) throws Exception {
        String path = "/budget/" + instance + route.path();
        AbstractMockHttpServletRequestBuilder<?> request = switch (route.method()) {
            case "GET" -> get(path);
            case "MULTIPART" ->
                multipart(path)
                        .file(new MockMultipartFile("file", "x.pb", "text/plain", "not pabulib".getBytes()))
                        .with(csrf());
            // Invalid on purpose: permission is decided before the form, and nothing is stored.
            default ->
                post(path)
                        .with(csrf())
                        .param("count", "0")
                        .param("code", "nope")
                        .param("identifier", "x");
        };
        if (!who.equals("anonymous")) {
            request.with(new Demo(users).as(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (expected.equals(LOGIN)) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(response.getStatus()).isEqualTo(Integer.parseInt(expected));
        }
        var unknown = route.method().equals("MULTIPART")
                ? multipart("/budget/999999" + route.path()).with(csrf())
                : get("/budget/999999" + route.path());
        assertThat(mvc.perform(unknown.with(new Demo(users).as(Demo.PARKS_OFFICER)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }
}
