package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.cocrea.initiatives.petitions.Petition;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of citizen petitions, for the seven kinds of person. A petition belongs to no initiative yet, so
 * the kinds are read as: the citizen who proposed it, another citizen, a "member" who supports it, a
 * "facilitator" who is a professional of the organisation addressed (who answers it), a professional of another
 * organisation, an admin, and anonymous visitors. Most changes are sent with values refused after the
 * permission check (422), so "allowed" shows without changing the data; accepting and declining are also tried
 * on a fresh petition for each person, where allowed means done (302). "LOGIN" is the redirect to the sign-in
 * page. {@code org.cocrea.RouteCoverageTest} checks that {@link #ROUTES} with the other matrices names every route.
 */
@InitiativesWebTest
class PetitionPermissionMatrixTest {
    static final String LOGIN = "login";
    /** In the order of the expected answers: anonymous, proposer, other citizen, supporter, the organisation's professional, another organisation's, admin. */
    static final List<String> WHO = List.of(
            "anonymous", Demo.VOLUNTEER, Demo.PARENT, Demo.CITIZEN, Demo.PARKS_OFFICER, People.OTHER_PRO, Demo.ADMIN);

    /**
     * One check: the route as registered ("METHOD pattern"), the path to call (with {open}, {declined} or {fresh},
     * a new petition for each person), the parameters sent, and the answers in the order of {@link #WHO}.
     */
    record Route(String route, String path, Map<String, String> params, List<String> expected) {}

    private static Route route(String route, String path, Map<String, String> params, String... expected) {
        return new Route(route, path, params, List.of(expected));
    }

    private static final String ID = "/petitions/{id:\\d+}";
    private static final Map<String, String> NONE = Map.of();
    private static final Map<String, String> REASONS = Map.of("reasons", "Non rientra nel bilancio di quest’anno");

    static List<Route> routes() {
        return List.of(
                route("GET /petitions", "/petitions", NONE, "200", "200", "200", "200", "200", "200", "200"),
                route("GET /petitions/new", "/petitions/new", NONE, LOGIN, "200", "200", "200", "403", "403", "403"),
                route("POST /petitions", "/petitions", NONE, LOGIN, "422", "422", "422", "403", "403", "403"),
                route("GET " + ID, "/petitions/{open}", NONE, "200", "200", "200", "200", "200", "200", "200"),
                route("GET " + ID, "/petitions/{declined}", NONE, "200", "200", "200", "200", "200", "200", "200"),
                route("GET " + ID, "/petitions/999999", NONE, "404", "404", "404", "404", "404", "404", "404"),
                route(
                        "POST " + ID + "/support",
                        "/petitions/{open}/support",
                        NONE,
                        LOGIN,
                        "302",
                        "302",
                        "302",
                        "302",
                        "302",
                        "302"),
                route(
                        "POST " + ID + "/support",
                        "/petitions/{declined}/support",
                        NONE,
                        LOGIN,
                        "422",
                        "422",
                        "422",
                        "422",
                        "422",
                        "422"),
                route(
                        "POST " + ID + "/accept",
                        "/petitions/{fresh}/accept",
                        NONE,
                        LOGIN,
                        "403",
                        "403",
                        "403",
                        "302",
                        "403",
                        "302"),
                route(
                        "POST " + ID + "/accept",
                        "/petitions/{declined}/accept",
                        NONE,
                        LOGIN,
                        "403",
                        "403",
                        "403",
                        "422",
                        "403",
                        "422"),
                route(
                        "POST " + ID + "/decline",
                        "/petitions/{fresh}/decline",
                        REASONS,
                        LOGIN,
                        "403",
                        "403",
                        "403",
                        "302",
                        "403",
                        "302"),
                route(
                        "POST " + ID + "/decline",
                        "/petitions/{open}/decline",
                        NONE,
                        LOGIN,
                        "403",
                        "403",
                        "403",
                        "422",
                        "403",
                        "422"),
                route(
                        "POST " + ID + "/decline",
                        "/petitions/{declined}/decline",
                        REASONS,
                        LOGIN,
                        "403",
                        "403",
                        "403",
                        "422",
                        "403",
                        "422"),
                route(
                        "GET /petitions/settings",
                        "/petitions/settings",
                        NONE,
                        LOGIN,
                        "403",
                        "403",
                        "403",
                        "200",
                        "200",
                        "200"),
                route(
                        "POST /petitions/settings",
                        "/petitions/settings",
                        Map.of("supportThreshold", "0"),
                        LOGIN,
                        "403",
                        "403",
                        "403",
                        "422",
                        "422",
                        "422"),
                // The old addresses of petitions (called citizen proposals before issue 13) move permanently.
                route("GET /proposals", "/proposals", NONE, "301", "301", "301", "301", "301", "301", "301"),
                route("GET /proposals/**", "/proposals/{open}", NONE, "301", "301", "301", "301", "301", "301", "301"),
                route("POST /proposals", "/proposals", NONE, LOGIN, "308", "308", "308", "308", "308", "308"),
                route(
                        "POST /proposals/**",
                        "/proposals/{open}/support",
                        NONE,
                        LOGIN,
                        "308",
                        "308",
                        "308",
                        "308",
                        "308",
                        "308"));
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered); see {@code org.cocrea.RouteCoverageTest}. */
    static final Set<String> ROUTES = routes().stream().map(Route::route).collect(Collectors.toUnmodifiableSet());

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long open;
    long declined;

    @BeforeEach
    void petitions() throws Exception {
        People.ensure(jdbc);
        open = propose("Panchine all’ombra");
        declined = propose("Fontanella nel parco");
        var answer = mvc.perform(post("/petitions/" + declined + "/decline")
                        .with(csrf())
                        .with(new Demo(users).as(Demo.PARKS_OFFICER))
                        .param("reasons", "Già prevista nel piano del verde"))
                .andReturn()
                .getResponse();
        assertThat(answer.getStatus()).isEqualTo(302);
        var support = mvc.perform(
                        post("/petitions/" + open + "/support").with(csrf()).with(new Demo(users).as(Demo.CITIZEN)))
                .andReturn()
                .getResponse();
        assertThat(support.getStatus()).isEqualTo(302);
    }

    private long propose(String title) throws Exception {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune di Esempio'")
                .query(Long.class)
                .single();
        String url = mvc.perform(post("/petitions")
                        .with(csrf())
                        .with(new Demo(users).as(Demo.VOLUNTEER))
                        .param("organisationId", String.valueOf(organisation))
                        .param("title", title)
                        .param("summary", "Per chi passeggia d’estate")
                        .param("domain", "environment-and-parks")
                        .param("level", "collective"))
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private String statusOf(long petition) {
        return jdbc.sql("SELECT status FROM petition WHERE id = :id")
                .param("id", petition)
                .query(String.class)
                .single();
    }

    @Test
    void oldAddressesMoveToTheSamePathUnderPetitionsWithTheQuery() throws Exception {
        var page = mvc.perform(get("/proposals/" + open).queryParam("from", "mail"))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(301);
        assertThat(page.getHeader("Location")).isEqualTo("/petitions/" + open + "?from=mail");
        assertThat(mvc.perform(get("/proposals")).andReturn().getResponse().getHeader("Location"))
                .isEqualTo("/petitions");
        assertThat(mvc.perform(get("/proposals/new")).andReturn().getResponse().getHeader("Location"))
                .isEqualTo("/petitions/new");
        var support = mvc.perform(
                        post("/proposals/" + open + "/support").with(csrf()).with(new Demo(users).as(Demo.PARENT)))
                .andReturn()
                .getResponse();
        assertThat(support.getStatus()).isEqualTo(308);
        assertThat(support.getHeader("Location")).isEqualTo("/petitions/" + open + "/support");
    }

    @Test
    void everyRouteAnswersEachKindOfPersonAsExpected() throws Exception {
        var failures = new ArrayList<String>();
        for (Route route : routes()) {
            for (int i = 0; i < WHO.size(); i++) {
                Long fresh = route.path().contains("{fresh}") ? propose("Nuova proposta " + i) : null;
                String path = route.path()
                        .replace("{open}", String.valueOf(open))
                        .replace("{declined}", String.valueOf(declined))
                        .replace("{fresh}", String.valueOf(fresh));
                MockHttpServletRequestBuilder request = route.route().startsWith("GET ")
                        ? get(path)
                        : post(path).with(csrf());
                route.params().forEach(request::param);
                if (i > 0) {
                    request.with(new Demo(users).as(WHO.get(i)));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                String expected = route.expected().get(i);
                String actual = response.getRedirectedUrl() != null
                                && response.getRedirectedUrl().endsWith("/login")
                        ? LOGIN
                        : String.valueOf(response.getStatus());
                if (!actual.equals(expected)) {
                    failures.add(path + " as " + WHO.get(i) + ": expected " + expected + " but was " + actual);
                }
                if (fresh != null) {
                    // Allowed means answered; refused means the petition is still waiting for its answer.
                    boolean answered = !statusOf(fresh).equals(Petition.COLLECTING)
                            && !statusOf(fresh).equals(Petition.AWAITING);
                    if (answered != expected.equals("302")) {
                        failures.add(path + " as " + WHO.get(i) + ": petition " + statusOf(fresh));
                    }
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(statusOf(declined)).isEqualTo(Petition.DECLINED);
        assertThat(statusOf(open)).isIn(Petition.COLLECTING, Petition.AWAITING);
    }
}
