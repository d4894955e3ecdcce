package org.cocrea.notifications;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;
import org.cocrea.platform.NotificationKind;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Every notifications route for the seven kinds of person. A person's notifications are theirs alone: the CITIZEN
 * here is the person a notification was sent to; everyone else signed in (another citizen, a member, a
 * facilitator, another professional, an administrator) has their own, empty list and settings, and can neither read
 * nor mark the CITIZEN's. Nobody signed in is sent to the sign-in page. {@link org.cocrea.RouteCoverageTest} checks
 * that {@link #ROUTES} names every route of the module.
 */
@WebTest
class NotificationsPermissionMatrixTest {
    static final Set<String> ROUTES = Set.of(
            "GET /notifications",
            "POST /notifications/{id:\\d+}/read",
            "POST /notifications/read",
            "GET /notifications/settings",
            "POST /notifications/settings");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    Notices notices;
    Map<Who, String> people;
    long citizen;
    String title;
    long notification;

    @BeforeEach
    void people() {
        notices = new Notices(jdbc, events, transactions);
        people = new EnumMap<>(Who.class);
        people.put(Who.CITIZEN, notices.person("citizen", false));
        people.put(Who.OTHER_CITIZEN, notices.person("citizen", false));
        people.put(Who.MEMBER, notices.person("citizen", false));
        people.put(Who.FACILITATOR, notices.person("professional", false));
        people.put(Who.OTHER_PRO, notices.person("professional", false));
        people.put(Who.ADMIN, notices.person("citizen", true));
        citizen = notices.id(people.get(Who.CITIZEN));
        title = "Matrix notice " + java.util.UUID.randomUUID();
        notices.publish(title, NotificationKind.PHASE, citizen);
        notification = notices.notificationId(citizen, title);
    }

    private MockHttpServletRequestBuilder as(Who who, MockHttpServletRequestBuilder request) {
        return who == Who.ANONYMOUS ? request : request.with(new Demo(users).as(people.get(who)));
    }

    private MockHttpServletResponse send(Who who, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(as(who, request.header("Accept-Language", "en")))
                .andReturn()
                .getResponse();
    }

    private static void isLogin(MockHttpServletResponse response) {
        assertThat(response.getStatus()).isEqualTo(302);
        assertThat(response.getRedirectedUrl()).contains("/login");
    }

    @Test
    void theListShowsEachPersonOnlyTheirOwn() throws Exception {
        for (Who who : Who.values()) {
            var response = send(who, get("/notifications"));
            if (who == Who.ANONYMOUS) {
                isLogin(response);
                continue;
            }
            assertThat(response.getStatus()).as(who.name()).isEqualTo(200);
            String page = response.getContentAsString();
            if (who == Who.CITIZEN) {
                assertThat(page).as(who.name()).contains(title).contains("(1 unread)");
            } else {
                assertThat(page).as(who.name()).doesNotContain(title).contains("You have no notifications yet.");
            }
        }
    }

    @Test
    void onlyTheAddresseeMarksANotificationRead() throws Exception {
        for (Who who : Who.values()) {
            if (who == Who.CITIZEN) {
                continue; // last, after everyone else failed to
            }
            var response =
                    send(who, post("/notifications/" + notification + "/read").with(csrf()));
            if (who == Who.ANONYMOUS) {
                isLogin(response);
            } else {
                assertThat(response.getStatus()).as(who.name()).isEqualTo(302);
            }
            assertThat(notices.unread(citizen)).as("after " + who.name()).isEqualTo(1);
        }
        assertThat(send(
                                Who.CITIZEN,
                                post("/notifications/" + notification + "/read").with(csrf()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(notices.unread(citizen)).isZero();
    }

    @Test
    void markingAllReadMarksOnlyOnesOwn() throws Exception {
        for (Who who : Who.values()) {
            if (who == Who.CITIZEN) {
                continue;
            }
            var response = send(who, post("/notifications/read").with(csrf()));
            if (who == Who.ANONYMOUS) {
                isLogin(response);
            } else {
                assertThat(response.getStatus()).as(who.name()).isEqualTo(302);
            }
            assertThat(notices.unread(citizen)).as("after " + who.name()).isEqualTo(1);
        }
        assertThat(send(Who.CITIZEN, post("/notifications/read").with(csrf())).getStatus())
                .isEqualTo(302);
        assertThat(notices.unread(citizen)).isZero();
    }

    @Test
    void everyoneSignedInChoosesForThemselvesOnly() throws Exception {
        // The CITIZEN last: until then, their choice must stay the default whatever the others choose.
        var order = new java.util.ArrayList<>(java.util.List.of(Who.values()));
        order.remove(Who.CITIZEN);
        order.add(Who.CITIZEN);
        for (Who who : order) {
            var page = send(who, get("/notifications/settings"));
            var saved = send(who, post("/notifications/settings").with(csrf()).param("phase", "digest"));
            if (who == Who.ANONYMOUS) {
                isLogin(page);
                isLogin(saved);
                continue;
            }
            assertThat(page.getStatus()).as(who.name()).isEqualTo(200);
            assertThat(saved.getStatus()).as(who.name()).isEqualTo(302);
            assertThat(notices.setting(notices.id(people.get(who)), NotificationKind.PHASE))
                    .as(who.name())
                    .isEqualTo("digest");
            if (who != Who.CITIZEN) {
                assertThat(notices.setting(citizen, NotificationKind.PHASE))
                        .as("the citizen's, after " + who.name())
                        .isEqualTo("now");
            }
        }
    }

    @Test
    void routesAreMappingsOfTheApplication() throws Exception {
        // RouteCoverageTest checks the other direction; here, each route answers something other than 404/405.
        assertThat(send(Who.CITIZEN, get("/notifications")).getStatus()).isEqualTo(200);
    }
}
