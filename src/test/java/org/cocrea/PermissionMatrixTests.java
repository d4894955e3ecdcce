package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.stream.Stream;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Who may see and do what, for every page of the foundation: anonymous, a citizen, another citizen,
 * a professional and an admin. "login" means the visitor is sent to sign in.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PermissionMatrixTests {
    static final String OK = "200";
    static final String LOGIN = "login";
    static final String FORBIDDEN = "403";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    record Route(String method, String path, String anonymous, String citizen, String professional, String admin) {}

    static final List<Route> ROUTES = List.of(
            new Route("GET", "/", OK, OK, OK, OK),
            new Route("GET", "/terms", OK, OK, OK, OK),
            new Route("GET", "/privacy", OK, OK, OK, OK),
            new Route("GET", "/login", OK, OK, OK, OK),
            new Route("GET", "/register", OK, OK, OK, OK),
            new Route("GET", "/verify?token=nope", OK, OK, OK, OK),
            new Route("GET", "/password/forgot", OK, OK, OK, OK),
            new Route("GET", "/password/reset?token=nope", OK, OK, OK, OK),
            new Route("GET", "/profile", LOGIN, OK, OK, OK),
            new Route("POST", "/verify/resend", LOGIN, "302", "302", "302"),
            new Route("GET", "/admin", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("GET", "/admin/organisations", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("GET", "/admin/organisations/1", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("POST", "/admin/organisations", LOGIN, FORBIDDEN, FORBIDDEN, "422"),
            new Route("POST", "/admin/organisations/1/departments", LOGIN, FORBIDDEN, FORBIDDEN, "422"),
            new Route("GET", "/admin/people", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("GET", "/admin/people/5", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("POST", "/admin/people/5", LOGIN, FORBIDDEN, FORBIDDEN, "422"),
            new Route("GET", "/admin/mailbox", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("GET", "/mailbox", LOGIN, OK, OK, OK),
            new Route("GET", "/admin/backup", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("POST", "/admin/backup", LOGIN, FORBIDDEN, FORBIDDEN, "302"),
            new Route("GET", "/actuator/health", OK, OK, OK, OK),
            new Route("GET", "/actuator/prometheus", LOGIN, FORBIDDEN, FORBIDDEN, OK),
            new Route("GET", "/no/such/page", LOGIN, "404", "404", "404"),
            new Route("POST", "/profile/residence", LOGIN, "422", "422", "422"),
            new Route("GET", "/organisations/1/residents", LOGIN, "404", OK, OK),
            // Deciding a contested residence claim (issue 11, finding 13): officers of the organisation and admins
            // reach the decision, which is 404 for a contest that does not exist; everybody else gets 404.
            new Route("POST", "/organisations/1/residents/contests/999999/confirm", LOGIN, "404", "404", "404"),
            new Route("POST", "/organisations/1/residents/contests/999999/reject", LOGIN, "404", "404", "404"),
            new Route("POST", "/organisations/999999/residents/contests/1/confirm", LOGIN, "404", "404", "404"));

    Stream<Arguments> cases() {
        return ROUTES.stream()
                .flatMap(route -> Stream.of(
                        Arguments.of(route, null, route.anonymous()),
                        Arguments.of(route, Demo.CITIZEN, route.citizen()),
                        Arguments.of(route, Demo.PARENT, route.citizen()),
                        Arguments.of(route, Demo.SOCIAL_WORKER, route.professional()),
                        Arguments.of(route, Demo.ADMIN, route.admin())));
    }

    @ParameterizedTest(name = "{0} as {1} → {2}")
    @MethodSource("cases")
    void routeAnswersAsExpected(Route route, String who, String expected) throws Exception {
        MockHttpServletRequestBuilder request = route.method().equals("GET")
                ? get(route.path())
                : post(route.path()).with(csrf());
        if (who != null) {
            request.with(new Demo(users).as(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        if (expected.equals(LOGIN)) {
            assertThat(response.getStatus()).isEqualTo(302);
            assertThat(response.getRedirectedUrl()).endsWith("/login");
        } else {
            assertThat(String.valueOf(response.getStatus())).isEqualTo(expected);
        }
        if (String.valueOf(response.getContentType()).startsWith("text/html")) {
            assertThat(response.getContentAsString())
                    .doesNotContain("Exception")
                    .doesNotContain("\tat ");
        }
    }
}
