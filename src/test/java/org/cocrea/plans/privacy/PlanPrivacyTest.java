package org.cocrea.plans.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.GoalParams;
import org.cocrea.plans.Outsiders;
import org.cocrea.plans.PrivatePlan;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The privacy promise of individual plans. Every route under {@code /plans} and {@code /api/plans}, found in
 * the application's own request mappings (so a route added later is covered without editing this test),
 * answers 404 to another citizen, professionals outside the team and an anonymous visitor, for the ids of
 * every tool of a plan; and a unique marker written into the plan appears in no list, search, API answer,
 * notification mail or log line.
 */
@InitiativesWebTest
class PlanPrivacyTest {
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::((?:[^{}]|\\{[^}]*\\})*))?\\}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    Demo demo;
    String marker;
    PrivatePlan plan;
    ListAppender<ILoggingEvent> log;

    record Route(HttpMethod method, String pattern) {}

    @BeforeEach
    void plan() {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
        log = new ListAppender<>();
        log.start();
        root().addAppender(log);
        marker = "Privato" + UUID.randomUUID().toString().replace("-", "");
        plan = PrivatePlan.create(jdbc, marker);
    }

    @AfterEach
    void detach() {
        root().detachAppender(log);
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    /** Every mapped route of the plans module, with each of its HTTP methods (GET when unrestricted). */
    List<Route> routes() {
        var routes = new LinkedHashSet<Route>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            var methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/plans") && !pattern.startsWith("/api/plans")) {
                    continue;
                }
                if (methods.isEmpty()) {
                    routes.add(new Route(HttpMethod.GET, pattern));
                }
                for (RequestMethod m : methods) {
                    routes.add(new Route(m.asHttpMethod(), pattern));
                }
            }
        });
        return new ArrayList<>(routes);
    }

    /** The ids a route might take: the initiative's (for the API) and every tool instance of the plan. */
    private List<Long> ids() {
        var ids = new ArrayList<Long>(jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i ORDER BY id")
                .param("i", plan.initiative())
                .query(Long.class)
                .list());
        ids.add(plan.initiative());
        return ids;
    }

    /**
     * The ids this route takes: the initiative's for the API, the plan's tool instances for the pages. Crossing
     * them would be chance: a tool instance of another initiative (the demo plan, where the demo citizen is a
     * member) may have the number of this plan's initiative.
     */
    private List<Long> idsOf(Route route) {
        var ids = ids();
        return route.pattern().startsWith("/api/") ? List.of(plan.initiative()) : ids.subList(0, ids.size() - 1);
    }

    /** The first variable is the id; a variable restricted to words takes its first word; any other, 1. */
    static String path(String pattern, long id) {
        Matcher m = VARIABLE.matcher(pattern);
        var out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            String regex = m.group(2);
            String value;
            if (first) {
                value = String.valueOf(id);
            } else if (regex != null && regex.matches("[a-z|-]+")) {
                value = regex.split("\\|")[0];
            } else {
                value = "1";
            }
            if (regex != null && regex.matches("[a-z|-]+") && first) {
                value = regex.split("\\|")[0];
                first = true;
            } else {
                first = false;
            }
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString();
    }

    private MockHttpServletRequestBuilder request(Route route, long id) {
        String path = path(route.pattern(), id);
        return route.method() == HttpMethod.GET
                ? get(path).param("from", "1").param("to", "1")
                : post(path)
                        .with(csrf())
                        .param("objectives", marker)
                        .param("confirm", "yes")
                        .param("scope", "share-data")
                        .param("reason", "A reason long enough to be accepted")
                        .param("minutes", "30");
    }

    @Test
    void theRouteListCoversThePlanPagesTheDownloadsAndTheApi() {
        var patterns = routes().stream().map(Route::pattern).toList();
        assertThat(patterns)
                .contains(
                        "/plans/{id:\\d+}",
                        "/plans/{id:\\d+}/privacy",
                        "/plans/{id:\\d+}/my-data.json",
                        "/plans/{id:\\d+}/erasure",
                        "/plans/{id:\\d+}/reassign",
                        "/plans/{id:\\d+}/versions/{n:\\d{1,9}}/pdf",
                        "/api/plans/{id:\\d+}/fhir");
        assertThat(path("/plans/{id:\\d+}/versions/{n:\\d{1,9}}/pdf", 7)).isEqualTo("/plans/7/versions/1/pdf");
        assertThat(path("/plans/{tool:needs|actions}/{id:\\d+}/audit", 7)).isEqualTo("/plans/needs/7/audit");
    }

    @Test
    void outsidersGetNotFoundForEveryPlanRouteAndNothingChanges() throws Exception {
        List<RequestPostProcessor> outsiders = List.of(
                demo.as(Outsiders.OTHER_CITIZEN),
                demo.as(Outsiders.OTHER_PRO),
                demo.as(Demo.TEACHER),
                demo.as(Demo.CITIZEN),
                request -> request);
        long audits = count("SELECT COUNT(*) FROM plan_audit");
        long versions = count("SELECT COUNT(*) FROM plan_version");
        long consents = count("SELECT COUNT(*) FROM plan_consent");
        // Other web tests in the shared database open emergency accesses too: none may be added here.
        long emergencies = count("SELECT COUNT(*) FROM plan_emergency_access");
        long reassignments = count("SELECT COUNT(*) FROM plan_reassignment");
        var routes = routes();
        assertThat(routes).hasSizeGreaterThan(15);
        for (var route : routes) {
            for (long id : idsOf(route)) {
                for (var who : outsiders) {
                    int status = mvc.perform(request(route, id).with(who))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                    assertThat(status)
                            .as(
                                    "%s %s as outsider %d",
                                    route.method(), path(route.pattern(), id), outsiders.indexOf(who))
                            .isEqualTo(404);
                }
            }
        }
        assertThat(count("SELECT COUNT(*) FROM plan_audit")).isEqualTo(audits);
        assertThat(count("SELECT COUNT(*) FROM plan_version")).isEqualTo(versions);
        assertThat(count("SELECT COUNT(*) FROM plan_consent")).isEqualTo(consents);
        assertThat(count("SELECT COUNT(*) FROM plan_emergency_access")).isEqualTo(emergencies);
        assertThat(count("SELECT COUNT(*) FROM plan_reassignment")).isEqualTo(reassignments);
    }

    /** Not vacuous: each GET route does answer someone on the plan (the admin for the oversight pages). */
    @Test
    void everyGetRouteAnswersSomeoneOnThePlan() throws Exception {
        mvc.perform(post("/plans/" + plan.instance() + "/consents/give")
                .with(csrf())
                .with(demo.as(plan.citizen()))
                .param("scope", "share-data"));
        for (var route : routes()) {
            if (route.method() != HttpMethod.GET) {
                continue;
            }
            boolean admin = route.pattern().contains("oversight")
                    || route.pattern().contains("emergency")
                    || route.pattern().contains("reassign");
            var who = demo.as(admin ? Demo.ADMIN : plan.citizen());
            boolean answered = false;
            for (long id : ids()) {
                answered |= mvc.perform(get(path(route.pattern(), id))
                                        .param("from", "1")
                                        .param("to", "1")
                                        .with(who))
                                .andReturn()
                                .getResponse()
                                .getStatus()
                        == 200;
            }
            assertThat(answered).as(route.pattern()).isTrue();
        }
    }

    @Test
    void planContentAppearsInNoListSearchApiMailOrLogLine() throws Exception {
        // The plan is read, changed, exported and opened in an emergency, so every path has had its chance.
        String base = "/plans/" + plan.instance();
        mvc.perform(get(base).with(demo.as(Demo.SOCIAL_WORKER)));
        mvc.perform(post(base + "/versions")
                .with(csrf())
                .with(demo.as(Demo.SOCIAL_WORKER))
                .param("objectives", "Nuovo " + marker));
        mvc.perform(GoalParams.with(
                post(base + "/goals").with(csrf()).with(demo.as(plan.citizen())), "Obiettivo " + marker));
        mvc.perform(post(base + "/consents/give")
                .with(csrf())
                .with(demo.as(plan.citizen()))
                .param("scope", "share-data"));
        mvc.perform(get("/api/plans/" + plan.initiative() + "/fhir").with(demo.as(plan.citizen())));
        mvc.perform(get(base + "/my-data.json").with(demo.as(plan.citizen())));
        mvc.perform(post(base + "/emergency")
                .with(csrf())
                .with(demo.as(Demo.ADMIN))
                .param("reason", "La persona non risponde da giorni")
                .param("minutes", "15"));
        mvc.perform(get(base).with(demo.as(Demo.ADMIN)));
        assertThat(count("SELECT COUNT(*) FROM plan_version WHERE objectives LIKE '%" + marker + "%'"))
                .as("the marker was written")
                .isEqualTo(2);

        String search = "/initiatives?q=" + marker;
        List<String> lists = List.of(
                "/",
                "/initiatives",
                search,
                "/initiatives/" + plan.initiative(),
                "/api/initiatives",
                "/api/initiatives?q=" + marker,
                "/api/initiatives/" + plan.initiative(),
                "/typology",
                "/api/typology",
                "/petitions",
                "/plans/oversight",
                "/admin/mailbox",
                "/profile");
        for (String path : lists) {
            for (var who : List.of(
                    demo.as(plan.citizen()),
                    demo.as(Demo.SOCIAL_WORKER),
                    demo.as(Demo.ADMIN),
                    demo.as(Outsiders.OTHER_CITIZEN),
                    (RequestPostProcessor) request -> request)) {
                String body = mvc.perform(get(path).with(who))
                        .andReturn()
                        .getResponse()
                        .getContentAsString();
                // A search page repeats the words searched for (in the box and the return link): not a leak.
                body = body.replace("value=\"" + path + "\"", "").replace("value=\"" + marker + "\"", "");
                assertThat(body).as(path).doesNotContain(marker);
            }
        }
        long mails = jdbc.sql("SELECT COUNT(*) FROM dev_mail WHERE subject LIKE :m OR body LIKE :m")
                .param("m", "%" + marker + "%")
                .query(Long.class)
                .single();
        assertThat(mails).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dev_mail WHERE recipient = :r")
                        .param("r", plan.citizen())
                        .query(Long.class)
                        .single())
                .as("the emergency mail was sent")
                .isEqualTo(1);
        assertThat(log.list).as("log lines were captured").isNotEmpty();
        for (var event : log.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(marker);
            if (event.getThrowableProxy() != null) {
                assertThat(event.getThrowableProxy().getMessage()).doesNotContain(marker);
            }
        }
    }

    private long count(String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }
}
