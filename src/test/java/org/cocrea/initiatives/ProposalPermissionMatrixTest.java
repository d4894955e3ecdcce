package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of citizen proposals, for anonymous visitors, the proposer, another citizen, a
 * professional of the organisation addressed, a professional of another organisation and an admin.
 * Changes are sent with values refused after the permission check (422), so "allowed" shows without
 * changing the data; "LOGIN" is the redirect to the sign-in page.
 */
@InitiativesWebTest
class ProposalPermissionMatrixTest {
    static final String LOGIN = "login";
    static final List<String> WHO =
            List.of("anonymous", Demo.VOLUNTEER, Demo.PARENT, Demo.PARKS_OFFICER, People.OTHER_PRO, Demo.ADMIN);

    record Route(String method, String path, String... expected) {}

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long open;
    long closed;

    @BeforeEach
    void proposals() throws Exception {
        People.ensure(jdbc);
        open = propose("Panchine all’ombra");
        closed = propose("Fontanella nel parco");
        var declined = mvc.perform(post("/proposals/" + closed + "/decline")
                        .with(csrf())
                        .with(new Demo(users).as(Demo.PARKS_OFFICER))
                        .param("reasons", "Già prevista nel piano del verde"))
                .andReturn()
                .getResponse();
        assertThat(declined.getStatus()).isEqualTo(302);
    }

    private long propose(String title) throws Exception {
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune di Esempio'")
                .query(Long.class)
                .single();
        String url = mvc.perform(post("/proposals")
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

    List<Route> routes() {
        return List.of(
                new Route("GET", "/proposals", "200", "200", "200", "200", "200", "200"),
                new Route("GET", "/proposals/new", LOGIN, "200", "200", "403", "403", "403"),
                new Route("POST", "/proposals", LOGIN, "422", "422", "403", "403", "403"),
                new Route("GET", "/proposals/" + open, "200", "200", "200", "200", "200", "200"),
                new Route("GET", "/proposals/" + closed, "200", "200", "200", "200", "200", "200"),
                new Route("POST", "/proposals/" + open + "/support", LOGIN, "302", "302", "302", "302", "302"),
                new Route("POST", "/proposals/" + open + "/decline", LOGIN, "403", "403", "422", "403", "422"),
                new Route("POST", "/proposals/" + closed + "/accept", LOGIN, "403", "403", "422", "403", "422"),
                new Route("GET", "/proposals/settings", LOGIN, "403", "403", "200", "200", "200"),
                new Route("POST", "/proposals/settings", LOGIN, "403", "403", "422", "422", "422"),
                new Route("GET", "/proposals/999999", "404", "404", "404", "404", "404", "404"));
    }

    @Test
    void everyRouteAnswersEachKindOfPersonAsExpected() throws Exception {
        for (Route route : routes()) {
            for (int i = 0; i < WHO.size(); i++) {
                MockHttpServletRequestBuilder request = route.method().equals("GET")
                        ? get(route.path())
                        : post(route.path()).with(csrf()).param("supportThreshold", "0");
                if (i > 0) {
                    request.with(new Demo(users).as(WHO.get(i)));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                String expected = route.expected()[i];
                String where = route.method() + " " + route.path() + " as " + WHO.get(i);
                if (expected.equals(LOGIN)) {
                    assertThat(response.getRedirectedUrl()).as(where).endsWith("/login");
                } else {
                    assertThat(String.valueOf(response.getStatus())).as(where).isEqualTo(expected);
                }
            }
        }
    }
}
