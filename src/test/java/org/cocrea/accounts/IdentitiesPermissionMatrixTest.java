package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The ways-to-sign-in page and an identity's disconnection for the seven kinds of person. Nobody signed in reaches
 * either; a signed-in person sees their own page. Nobody in this matrix has an identity at a provider: a disconnection
 * is 404 whoever asks (a person's own identities, the refusal of the last way in and another person's identity are
 * {@code SignInMethodsWebTest}'s).
 */
@WebTest
class IdentitiesPermissionMatrixTest {
    /** A route, the request, what anonymous gets (302 means: to the sign-in page) and what a signed-in person gets. */
    private record Check(String route, Supplier<MockHttpServletRequestBuilder> request, int anonymous, int signedIn) {}

    private static final List<Check> CHECKS = List.of(
            new Check("GET /profile/sign-in-methods", () -> get("/profile/sign-in-methods"), 302, 200),
            new Check(
                    "POST /profile/sign-in-methods/disconnect",
                    () -> post("/profile/sign-in-methods/disconnect").param("provider", "test"),
                    302,
                    404));

    static final Set<String> ROUTES = CHECKS.stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    private static final Map<Who, String> PEOPLE = new EnumMap<>(Map.of(
            Who.CITIZEN, Demo.CITIZEN,
            Who.OTHER_CITIZEN, Demo.PARENT,
            Who.MEMBER, Demo.VOLUNTEER,
            Who.FACILITATOR, Demo.TEACHER,
            Who.OTHER_PRO, Demo.PARKS_OFFICER,
            Who.ADMIN, Demo.ADMIN));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void everyKindOfPerson() throws Exception {
        var demo = new Demo(users);
        for (Who who : Who.values()) {
            for (Check check : CHECKS) {
                var request = check.request().get().with(csrf());
                if (who != Who.ANONYMOUS) {
                    request.with(demo.as(PEOPLE.get(who)));
                }
                var response = mvc.perform(request).andReturn().getResponse();
                int expected = who == Who.ANONYMOUS ? check.anonymous() : check.signedIn();
                assertThat(response.getStatus()).as(who + " " + check.route()).isEqualTo(expected);
                if (expected == 302) {
                    assertThat(response.getRedirectedUrl())
                            .as(who + " " + check.route())
                            .endsWith("/login");
                }
            }
        }
    }
}
