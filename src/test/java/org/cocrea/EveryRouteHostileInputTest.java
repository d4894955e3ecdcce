package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Pattern;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Site;
import org.cocrea.testing.Site.Field;
import org.cocrea.testing.Site.Form;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Hostile input that reaches the handler (issue 12, findings 1 and 2). Each demo person crawls the site from its
 * entry pages ({@link Site}); every changing route (POST, PUT, PATCH, DELETE) must be offered by at least one crawled
 * form, or be in {@link #NOT_OFFERED} with the reason and another way to build its request. The form as the page
 * offers it, with its empty text fields filled validly, is the baseline; then each field in turn gets each hostile
 * value (and is left out), the others staying valid; the form is also sent empty, as a malformed multipart
 * body and as JSON.
 *
 * <p>Every request must reach a handler when it is the baseline (not 404 or 405), never answer 500 or show a stack
 * trace or a marker unescaped. A refused request (4xx) must leave the database as it was ({@link #fingerprint}).
 * Afterwards every marker stored in the database must be shown escaped on at least one page some demo person reaches
 * by crawling again, and no page may show one raw. A route added tomorrow is covered as soon as a page offers it; if
 * none does, this test fails naming it.
 *
 * <p>Runs on its own in-memory database because it changes the demo data.
 */
@SpringBootTest
@ActiveProfiles("test")
@AutoConfigureMockMvc
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:cocrea-hostile-routes;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EveryRouteHostileInputTest {
    /** Who crawls; {@code null} is an anonymous visitor (sign-in, registration, password forms). */
    static final List<String> WHO = java.util.Arrays.asList(
            Demo.ADMIN,
            Demo.PARKS_OFFICER,
            Demo.SOCIAL_WORKER,
            Demo.TEACHER,
            Demo.CITIZEN,
            Demo.PARENT,
            Demo.VOLUNTEER,
            null);

    static final int MAX_PAGES = 250;

    /**
     * Changing routes no crawled page offers, each with the reason. They are still submitted, with the baseline
     * built by {@link #notOffered}. Keep this list short: a route a person can use should be on a page.
     */
    static final Map<String, NotOffered> NOT_OFFERED = new TreeMap<>(Map.ofEntries(
            notOffered("/api/tokens/{id:\\d+}/revoke", Demo.CITIZEN, "offered once the person has a token"),
            notOffered(
                    "/api/organisations/{id:\\d+}/webhooks/{webhook:\\d+}/remove",
                    Demo.ADMIN,
                    "offered once the organisation has a subscription; the demo has none"),
            notOffered(
                    "/api/organisations/{id:\\d+}/webhooks/{webhook:\\d+}/test",
                    Demo.ADMIN,
                    "offered on a subscription's delivery log; the demo has none"),
            notOffered(
                    "/login/oidc/new",
                    Demo.CITIZEN,
                    "offered while an identity from an OpenID Connect provider waits; none is configured here (OidcWebTest)"),
            notOffered(
                    "/login/oidc/cancel",
                    Demo.CITIZEN,
                    "offered while an identity from an OpenID Connect provider waits; none is configured here (OidcWebTest)"),
            notOffered(
                    "/profile/passkeys/remove",
                    Demo.CITIZEN,
                    "offered beside each of a person's passkeys; the demo people have none (PasskeyWebTest)"),
            notOffered(
                    "/profile/sign-in-methods/disconnect",
                    Demo.CITIZEN,
                    "offered beside each of a person's identities at a provider; the demo people have none (SignInMethodsWebTest)"),
            notOffered(
                    "/second-factor",
                    Demo.CITIZEN,
                    "offered to a person with an authenticator app; the demo people have none (SecondFactorWebTest)"),
            notOffered(
                    "/second-factor/recovery",
                    Demo.CITIZEN,
                    "offered to a person with an authenticator app; the demo people have none (SecondFactorWebTest)"),
            notOffered(
                    "/budget/{id:\\d+}/import",
                    Demo.PARKS_OFFICER,
                    "offered while the budget is a draft; the demo's is open"),
            notOffered("/budget/{id:\\d+}/import-ideas", Demo.PARKS_OFFICER, "offered while the budget is a draft"),
            notOffered(
                    "/budget/{id:\\d+}/import-proposals",
                    Demo.PARKS_OFFICER,
                    "the old address of the ideas import: it only redirects (308) to import-ideas"),
            notOffered(
                    "/proposals", Demo.CITIZEN, "the old address of petitions: it only redirects (308) to /petitions"),
            notOffered(
                    "/proposals/**",
                    Demo.CITIZEN,
                    "the old addresses of petitions: they only redirect (308) to the same path under /petitions"),
            notOffered("/budget/{id:\\d+}/open", Demo.PARKS_OFFICER, "offered while the budget is a draft"),
            notOffered("/budget/{id:\\d+}/projects", Demo.PARKS_OFFICER, "offered while the budget is a draft"),
            notOffered("/budget/{id:\\d+}/settings", Demo.PARKS_OFFICER, "offered while the budget is a draft"),
            notOffered(
                    "/drafts/{id:\\d+}/{doc:\\d+}/coauthors/{person:\\d+}/remove",
                    Demo.TEACHER,
                    "offered on a document still being written, past the teacher's page limit in the crawl"),
            notOffered(
                    "/vote/{id:\\d+}/open",
                    Demo.PARKS_OFFICER,
                    "offered while the vote is a draft; the demo's is open"),
            notOffered("/vote/{id:\\d+}/options", Demo.PARKS_OFFICER, "offered while the vote is a draft"),
            notOffered(
                    "/vote/{id:\\d+}/options/{option:\\d+}/remove",
                    Demo.PARKS_OFFICER,
                    "offered while the vote is a draft"),
            notOffered(
                    "/initiatives/{id:\\d+}/active-phase",
                    Demo.PARKS_OFFICER,
                    "offered for a phase that is not the active one, or an override; demo initiatives have neither"),
            notOffered("/initiatives/{id:\\d+}/publish", Demo.PARKS_OFFICER, "offered on a draft initiative"),
            notOffered(
                    "/initiatives/{id:\\d+}/factors/mine/delete",
                    Demo.CITIZEN,
                    "offered once the person's own factors are stored"),
            notOffered(
                    "/initiatives/{id:\\d+}/request",
                    Demo.VOLUNTEER,
                    "offered by initiatives taking membership requests from a non-member"),
            notOffered(
                    "/initiatives/{id:\\d+}/requests/{personId:\\d+}",
                    Demo.PARKS_OFFICER,
                    "offered to the owner while someone's request to join waits; the demo has none"),
            notOffered(
                    "/initiatives/{id:\\d+}/invitations/{token}",
                    Demo.CITIZEN,
                    "reached by the token in an invitation mail"),
            notOffered("/initiatives/{id:\\d+}/join/{token}", Demo.CITIZEN, "reached by the token of a join link"),
            notOffered(
                    "/organisations/{id:\\d+}/residents/contests/{contest:\\d+}/confirm",
                    Demo.ADMIN,
                    "offered while a residence claim is contested; the demo has no contest"),
            notOffered(
                    "/organisations/{id:\\d+}/residents/contests/{contest:\\d+}/reject",
                    Demo.ADMIN,
                    "offered while a residence claim is contested"),
            notOffered("/password/reset", null, "reached by the token in a password-reset mail"),
            notOffered("/plans/{id:\\d+}/consents/give", Demo.CITIZEN, "offered after one's consent was withdrawn"),
            notOffered("/verify/resend", Demo.CITIZEN, "offered to unconfirmed people; every demo person is confirmed"),
            notOffered(
                    "/tracking/{id:\\d+}/import",
                    Demo.PARKS_OFFICER,
                    "offered while a closed budget funded a project not tracked yet; the demo's budget is open"),
            notOffered(
                    "/tracking/{id:\\d+}/{result:\\d+}/links",
                    Demo.PARKS_OFFICER,
                    "offered while the initiative's shifts or pacts offer work to link; the demo's offer none")));

    private static Map.Entry<String, NotOffered> notOffered(String pattern, String who, String why) {
        return Map.entry("POST " + pattern, new NotOffered(who, why));
    }

    /** Who submits a route no page offers, and why no page offers it. */
    record NotOffered(String who, String why) {}

    /** Ids of a kind no crawled URL holds, for {@link #NOT_OFFERED} routes: path variable name to a query. */
    static final Map<String, String> IDS_BY_KIND = Map.of(
            "option", "SELECT id FROM vote_option ORDER BY id LIMIT 1",
            "personId", "SELECT id FROM app_user ORDER BY id DESC LIMIT 1",
            "contest", "SELECT id FROM residence_contest ORDER BY id LIMIT 1",
            "person", "SELECT person_id FROM draft_coauthor ORDER BY document_id LIMIT 1",
            "webhook", "SELECT id FROM webhook_subscription ORDER BY id LIMIT 1");

    /** Routes never submitted: what they do would stop the test itself, with the reason. */
    static final Map<String, String> NOT_SUBMITTED = Map.of(
            "POST /logout",
            "ends the session being crawled (Spring Security's filter, not a handler)",
            "POST /admin/backup",
            "streams a copy of the whole database; it reads, it stores nothing from the form",
            "POST /api/v1/budgets/{id:\\d+}/ballot",
            "the JSON API: only a bearer token opens it, never the crawl's session; ApiClientTest,"
                    + " ApiPermissionMatrixTest and ApiContractTest send it",
            "POST /api/v1/budgets/{id:\\d+}/close",
            "the JSON API: only a bearer token opens it, never the crawl's session; ApiClientTest,"
                    + " ApiPermissionMatrixTest and ApiContractTest send it");

    /**
     * Tables a refused request may legitimately change: sessions (Spring Session writes one per request), the
     * throttle and failed sign-ins (they count refusals on purpose), the event log of Spring Modulith.
     */
    static final Set<String> CHANGED_BY_REFUSALS = Set.of(
            "spring_session",
            "spring_session_attributes",
            "throttle",
            "login_failure",
            "residence_claim_failure",
            "event_publication",
            "flyway_schema_history",
            "job_lock",
            // Every read of a care plan is audited, the form shown again with its error included.
            "plan_audit");

    /** route + " " + field of stored values that no page shows, with the reason. */
    static final Map<String, String> NEVER_SHOWN = new TreeMap<>(Map.of());

    /**
     * Routes whose success removes the object other routes' forms act on, or freezes it (opening a draft survey
     * takes away the forms that change its questions): sent last.
     */
    static final Pattern DESTRUCTIVE =
            Pattern.compile("delete|remove|withdraw|close|erase|revoke|cancel|archive|leave|reset|logout|/open$");

    /** A marker unique to a route, field and hostile value, so that a stored one names where it came from. */
    record Marker(int id, String route, String field) {
        String script() {
            return "<script>alert('h" + id + "')</script>";
        }

        String attribute() {
            return "\"><img src=x onerror=alert('h" + id + "')>";
        }
    }

    /** A marker as sent: in an HTML page it runs. */
    static final Pattern RAW = Pattern.compile("<script>alert\\('h(\\d+)'\\)|<img src=x onerror=alert\\('h(\\d+)'\\)");

    /** A marker in any form: stored, in an export, or escaped in a page (JTE leaves quotes alone in text). */
    static final Pattern SHOWN = Pattern.compile("alert\\((?:'|&#39;|&#x27;)h(\\d+)(?:'|&#39;|&#x27;)\\)");

    /** Forms whose action a security filter answers, not a handler method. */
    static final Set<String> FILTERS = Set.of("POST /login", "POST /logout");

    record Route(HttpMethod method, String pattern, PathPattern path) {
        String key() {
            return method + " " + pattern;
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    /** ERROR log events with a stack trace: bad input must never produce one (issue 11, finding 11). */
    static final class StackTraces extends AppenderBase<ILoggingEvent> {
        final List<String> seen = new CopyOnWriteArrayList<>();

        @Override
        protected void append(ILoggingEvent event) {
            if (event.getLevel().isGreaterOrEqual(Level.ERROR) && event.getThrowableProxy() != null) {
                seen.add(event.getLoggerName() + ": " + event.getFormattedMessage() + " ("
                        + event.getThrowableProxy().getClassName() + ")");
            }
        }
    }

    private final StackTraces stackTraces = new StackTraces();

    @BeforeEach
    void watchTheLog() {
        stackTraces.start();
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).addAppender(stackTraces);
    }

    @AfterEach
    void stopWatching() {
        ((Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME)).detachAppender(stackTraces);
    }

    private final Map<Integer, Marker> markers = new HashMap<>();
    private final List<String> failures = new ArrayList<>();
    /** Pages to read again afterwards: where forms were offered and where accepted changes led. */
    private final Set<String> readAgain = new LinkedHashSet<>(Site.ENTRY_PAGES);
    /** Every URL a crawl reached, for the ids of routes no page offers. */
    private final Set<String> crawledUrls = new LinkedHashSet<>();

    private final Map<Integer, Integer> baselines = new TreeMap<>();
    /** Routes whose baseline was refused: their hostile variants test refusal only, never storage. */
    private final List<String> refusedBaselines = new ArrayList<>();

    private Site site;
    private Map<String, Long[]> current;
    private int requests;
    private int counter;

    @Test
    void hostileInputReachesEveryHandlerAndIsRefusedOrShownEscaped() throws Exception {
        long started = System.nanoTime();
        var demo = new Demo(users);
        site = new Site(mvc, demo::as);
        var routes = changingRoutes();
        assertThat(routes).hasSizeGreaterThan(40);

        // 1. Who is offered which route, by which form; 2. baseline, one hostile value per field, missing fields,
        // empty form. Twice: the first round creates drafts (initiatives, tools, proposals) whose own forms the
        // second crawl finds. Destructive routes wait for the second round, when nothing is crawled after them.
        var done = new LinkedHashSet<String>();
        var offered = new TreeSet<String>();
        int pagesCrawled = 0;
        int formsSeen = 0;
        int reached = 0;
        var unreached = new TreeSet<String>();
        long crawling = 0;
        current = fingerprint();
        for (int round = 1; round <= 2; round++) {
            long before = System.nanoTime();
            var offers = new LinkedHashMap<String, Form>();
            for (String who : WHO) {
                var crawl = site.crawl(who, round == 1 ? Site.ENTRY_PAGES : readAgain, MAX_PAGES + readAgain.size());
                pagesCrawled += crawl.pages().size();
                formsSeen += crawl.forms().size();
                crawl.pages().keySet().forEach(crawledUrls::add);
                for (Form form : crawl.forms()) {
                    var route = routeOf(routes, form);
                    if (route == null) {
                        String key = form.method() + " " + form.action();
                        if (!FILTERS.contains(key) && !NOT_SUBMITTED.containsKey(key)) {
                            failures.add("form with no route behind it: " + form.describe());
                        }
                    } else {
                        offers.putIfAbsent(route.key(), form);
                        offered.add(route.key());
                        readAgain.add(form.page());
                    }
                }
            }
            crawling += System.nanoTime() - before;
            var order = new ArrayList<>(routes);
            order.sort(java.util.Comparator.comparing(
                            (Route r) -> DESTRUCTIVE.matcher(r.pattern()).find())
                    .thenComparing(r -> r.pattern().startsWith("/profile"))
                    .thenComparing(Route::key));
            for (Route route : order) {
                boolean last = round == 2;
                if (done.contains(route.key())
                        || (!last && DESTRUCTIVE.matcher(route.pattern()).find())) {
                    continue;
                }
                Form form = offers.get(route.key());
                if (form == null && last && NOT_OFFERED.containsKey(route.key())) {
                    form = notOffered(route);
                }
                if (form == null) {
                    if (last && !NOT_OFFERED.containsKey(route.key())) {
                        unreached.add(route.key());
                    }
                    continue;
                }
                done.add(route.key());
                if (submitAll(route, form, offers.containsKey(route.key()))) {
                    reached++;
                }
            }
        }
        long submitted = System.nanoTime();

        // 3. Stored markers are shown escaped somewhere, raw nowhere.
        var stored = storedMarkers();
        var shown = new TreeSet<Integer>();
        int pagesReadBack = 0;
        for (String who : WHO) {
            Site.Crawl crawl;
            try {
                crawl = site.crawl(who, readAgain, MAX_PAGES + readAgain.size());
            } catch (UsernameNotFoundException erased) {
                continue; // an account erased by its own form has nothing left to show
            }
            for (Site.Page page : crawl.pages().values()) {
                pagesReadBack++;
                var raw = RAW.matcher(page.html() ? page.body() : "");
                while (raw.find()) {
                    failures.add("raw marker " + describe(raw.group(raw.group(1) == null ? 2 : 1)) + " on " + page.url()
                            + " as " + who);
                }
                var seen = SHOWN.matcher(page.body());
                while (seen.find()) {
                    shown.add(Integer.valueOf(seen.group(1)));
                }
            }
        }
        var shownNowhere = new TreeSet<String>();
        for (int id : stored) {
            var marker = markers.get(id);
            if (!shown.contains(id)
                    && marker != null
                    && !NEVER_SHOWN.containsKey(marker.route() + " " + marker.field())) {
                shownNowhere.add(marker.route() + " " + marker.field());
            }
        }
        long readBack = System.nanoTime();

        System.out.printf(
                "Hostile input: %d changing routes, %d offered by a crawled form, %d not offered (listed), %d not"
                        + " submitted (listed), %d handlers reached by their baseline; %d forms on %d pages crawled;"
                        + " %d requests; %d markers sent, %d stored, %d shown escaped; %d pages read back. Crawls %.1f"
                        + " s, submissions %.1f s, read-back %.1f s%n",
                routes.size() + NOT_SUBMITTED.size(),
                offered.size(),
                NOT_OFFERED.size(),
                NOT_SUBMITTED.size(),
                reached,
                formsSeen,
                pagesCrawled,
                requests,
                markers.size(),
                stored.size(),
                stored.stream().filter(shown::contains).count(),
                pagesReadBack,
                crawling / 1e9,
                (submitted - started - crawling) / 1e9,
                (readBack - submitted) / 1e9);
        System.out.println(
                "Baselines by status: " + baselines + "; refused:\n  " + String.join("\n  ", refusedBaselines));
        var softly = new org.assertj.core.api.SoftAssertions();
        softly.assertThat(unreached)
                .as("changing routes no crawled page offers: link them from a page, or list them in NOT_OFFERED")
                .isEmpty();
        softly.assertThat(failures).as("requests and pages that failed").isEmpty();
        softly.assertThat(shownNowhere)
                .as("fields stored with a marker that no page shows (escaped) to any demo person")
                .isEmpty();
        softly.assertThat(stackTraces.seen)
                .as("ERROR lines with a stack trace in the log")
                .isEmpty();
        softly.assertThat(stored)
                .as("markers stored: the net must catch something to read back")
                .isNotEmpty();
        softly.assertAll();
    }

    /**
     * The other side of the baselines: every changing route with ids that name nothing (or something of another
     * kind), submitted by every person with a script in every field the handler binds, must be refused cleanly:
     * never a 500, a stack trace or the script shown raw, whatever the handler finds missing.
     */
    @Test
    void idsThatNameNothingOrSomethingElseAreRefusedCleanly() throws Exception {
        var demo = new Demo(users);
        var problems = new ArrayList<String>();
        int sent = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            var info = entry.getKey();
            if (info.getPathPatternsCondition() == null) {
                continue;
            }
            var fields = HandlerFields.of(entry.getValue());
            for (var method : info.getMethodsCondition().getMethods()) {
                for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
                    if (Set.of("GET", "HEAD", "OPTIONS").contains(method.name())
                            || NOT_SUBMITTED.containsKey(method.name() + " " + pattern)
                            || !pattern.contains("{")) {
                        continue;
                    }
                    for (String id : List.of("987654321", "1")) {
                        String path = pattern.replaceAll("\\{[^/]*\\}", id);
                        for (String who : WHO) {
                            var request = request(HttpMethod.valueOf(method.name()), path)
                                    .with(csrf());
                            if (who != null) {
                                request.with(demo.as(who));
                            }
                            fields.forEach(field -> request.param(field, "<script>alert('elsewhere')</script>"));
                            try {
                                var response = mvc.perform(request).andReturn().getResponse();
                                String body = response.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
                                if (response.getStatus() >= 500
                                        || body.contains("\tat ")
                                        || body.contains("<script>alert('elsewhere')")) {
                                    problems.add(
                                            method.name() + " " + path + " as " + who + ": " + response.getStatus());
                                }
                            } catch (Exception e) {
                                problems.add(method.name() + " " + path + " as " + who + ": " + e);
                            }
                            sent++;
                        }
                    }
                }
            }
        }
        assertThat(sent).as("requests sent").isGreaterThan(500);
        assertThat(problems)
                .as("routes that failed on ids naming nothing or another kind")
                .isEmpty();
        assertThat(stackTraces.seen)
                .as("ERROR lines with a stack trace in the log")
                .isEmpty();
    }

    private String describe(String id) {
        var marker = markers.get(Integer.valueOf(id));
        return "h" + id + (marker == null ? "" : " (" + marker.route() + " " + marker.field() + ")");
    }

    /**
     * Sends the baseline and every variant of one route; true when the baseline reached a handler. A baseline
     * that answers 404 is tried once more with the form from a fresh crawl: an earlier route may have removed the
     * object the first form acted on.
     */
    private boolean submitAll(Route route, Form offered, boolean byAPage) throws Exception {
        Form form = offered;
        var baseline = baseline(form);
        var result = send(route, form, form.who(), baseline, "baseline");
        if (byAPage
                && (result.response().getStatus() == 404 || result.response().getStatus() == 405)) {
            // An earlier route may have changed the object the form acted on: the page as it is now.
            var again = site.crawl(form.who(), List.of(form.page()), 1);
            if (again.pages().isEmpty()) {
                // The page itself is gone (a proposal hidden by moderation): another object of the same kind.
                again = site.crawl(form.who(), readAgain, MAX_PAGES + readAgain.size());
            }
            var fresh = again.forms().stream()
                    .filter(f -> route.equals(routeOf(List.of(route), f)))
                    .findFirst();
            if (fresh.isPresent()) {
                form = fresh.get();
                baseline = baseline(form);
                result = send(route, form, form.who(), baseline, "baseline (form read again)");
            }
        }
        if (result.response().getStatus() == 422) {
            // Refused as filled: try again as a person filling in only what the page leaves empty and requires.
            var fill = form;
            var required = new ArrayList<Map.Entry<String, String>>();
            for (var field : baseline) {
                var asOffered = fill.fields().stream()
                        .filter(f -> f.name().equals(field.getKey()))
                        .findFirst();
                boolean typed = asOffered.isPresent()
                        && asOffered.get().value().isEmpty()
                        && !asOffered.get().required()
                        && Set.of("text", "textarea", "url", "number", "email", "tel")
                                .contains(asOffered.get().type());
                if (!typed) {
                    required.add(field);
                }
            }
            if (required.size() < baseline.size()) {
                var second = send(route, form, form.who(), required, "baseline (optional fields empty)");
                if (second.response().getStatus() < 400) {
                    baseline = required;
                    result = second;
                }
            }
        }
        int status = result.response().getStatus();
        baselines.merge(status, 1, Integer::sum);
        if (status >= 400) {
            // Why, as the page says it: a baseline refused for a reason of state (a vote already cast) is fine,
            // one refused because this test fills the form badly should make it fill better.
            var why = org.jsoup.Jsoup.parse(result.response().getContentAsString(StandardCharsets.UTF_8))
                    .select(".error, .error-summary")
                    .text();
            refusedBaselines.add(route.key() + " " + status
                    + (why.isEmpty() ? "" : " (" + why.substring(0, Math.min(160, why.length())) + ")"));
        }
        // A form a page offers must reach its handler; a route no page offers (NOT_OFFERED) may be refused by its
        // handler with 404 (a token from no mail), but must reach it.
        boolean reached = result.handled() && (!byAPage || (status != 404 && status != 405));
        if (!reached) {
            failures.add(route.key() + ": baseline as " + form.who() + " answered " + status
                    + ", the handler was not reached: " + form.describe());
        }
        for (String name : names(form)) {
            int id = ++counter;
            var script = new Marker(id, route.key(), name);
            markers.put(id, script);
            var attribute = new Marker(++counter, route.key(), name);
            markers.put(attribute.id(), attribute);
            var hostile = List.of(
                    script.script(),
                    attribute.attribute(),
                    "x".repeat(100_000),
                    "99999999999999999999999999",
                    "-1",
                    "",
                    "\u0000",
                    // Read as a URI template variable by a redirect to it (issue 11, finding 11).
                    "/{x}");
            for (String value : hostile) {
                send(route, form, form.who(), replaced(baseline, name, value), name + "=" + abbreviate(value));
            }
            send(route, form, form.who(), replaced(baseline, name, null), name + " missing");
        }
        send(route, form, form.who(), List.of(), "empty form");
        // Bodies no form of ours sends: they must be refused, not crash (issue 11).
        send(
                route,
                form,
                form.who(),
                List.of(),
                "malformed multipart body",
                new Body(
                        "multipart/form-data; boundary=x",
                        "--x\r\nContent-Disposition: form-data; name=\"file\"\r\n\r\ngarbage"));
        send(route, form, form.who(), List.of(), "JSON body", new Body("application/json", "{\"title\":\"x\"}"));
        if (form.who() != null) {
            var anonymous = send(route, form, null, baseline, "baseline as anonymous");
            if (anonymous.changed()) {
                failures.add(route.key() + ": an anonymous visitor changed the database ("
                        + anonymous.response().getStatus() + ")");
            }
        }
        return reached;
    }

    private static List<String> names(Form form) {
        var names = new LinkedHashSet<String>();
        form.fields().forEach(field -> names.add(field.name()));
        return new ArrayList<>(names);
    }

    private static List<Map.Entry<String, String>> replaced(
            List<Map.Entry<String, String>> baseline, String name, String value) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        boolean done = false;
        for (var field : baseline) {
            if (!field.getKey().equals(name)) {
                fields.add(field);
            } else if (value != null && !done) {
                fields.add(Map.entry(name, value));
                done = true;
            }
        }
        if (value != null && !done) {
            fields.add(Map.entry(name, value)); // an unticked checkbox, ticked with a hostile value
        }
        return fields;
    }

    /** What a request answered, whether a handler method took it, and whether the database changed. */
    record Sent(MockHttpServletResponse response, boolean handled, boolean changed) {}

    /** A request body sent as it is, instead of the form's fields. */
    record Body(String contentType, String content) {}

    private Sent send(Route route, Form form, String who, List<Map.Entry<String, String>> fields, String what)
            throws Exception {
        return send(route, form, who, fields, what, null);
    }

    /** Sends one request and checks what every request must respect. */
    private Sent send(Route route, Form form, String who, List<Map.Entry<String, String>> fields, String what, Body raw)
            throws Exception {
        String where = route.key() + " as " + (who == null ? "anonymous" : who) + " with " + what;
        requests++;
        MockHttpServletResponse response;
        boolean handled;
        try {
            var result = mvc.perform(build(form, who, fields, raw)).andReturn();
            response = result.getResponse();
            handled = result.getHandler() instanceof org.springframework.web.method.HandlerMethod;
        } catch (Exception e) {
            failures.add(where + ": " + e);
            current = fingerprint();
            return new Sent(new MockHttpServletResponse(), false, true);
        }
        int status = response.getStatus();
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        if (status >= 500) {
            failures.add(where + ": status " + status);
        }
        if (body.contains("\tat ") || body.contains("Exception")) {
            failures.add(where + ": stack trace or exception in the body");
        }
        if ((response.getContentType() == null || response.getContentType().contains("html"))
                && RAW.matcher(body).find()) {
            failures.add(where + ": marker shown unescaped in the answer");
        }
        var after = fingerprint();
        boolean refused = status >= 400
                // Sent to the sign-in page: refused, unless the form was an anonymous one (registration ends there).
                || (who == null
                        && form.who() != null
                        && status >= 300
                        && String.valueOf(response.getRedirectedUrl()).contains("/login"));
        if (refused && !after.keySet().equals(current.keySet())) {
            failures.add(where + ": refused (" + status + ") but tables changed");
        } else if (refused) {
            for (var table : after.entrySet()) {
                if (!java.util.Arrays.equals(table.getValue(), current.get(table.getKey()))) {
                    failures.add(where + ": refused (" + status + ") but table " + table.getKey() + " changed");
                }
            }
        }
        if (!refused && status >= 300 && status < 400 && response.getRedirectedUrl() != null) {
            String next = URI.create("http://localhost")
                    .resolve(response.getRedirectedUrl())
                    .getRawPath();
            if (next != null && next.startsWith("/") && readAgain.size() < 200) {
                readAgain.add(next);
            }
        }
        boolean changed = !sameFingerprint(after, current);
        current = after;
        return new Sent(response, handled, changed);
    }

    private static boolean sameFingerprint(Map<String, Long[]> a, Map<String, Long[]> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        return a.entrySet().stream().allMatch(e -> java.util.Arrays.equals(e.getValue(), b.get(e.getKey())));
    }

    private AbstractMockHttpServletRequestBuilder<?> build(
            Form form, String who, List<Map.Entry<String, String>> fields, Body raw) {
        URI action = URI.create(form.action());
        if (raw != null) {
            return site.as(
                    who,
                    request(HttpMethod.valueOf(form.method()), action)
                            .contentType(raw.contentType())
                            .content(raw.content())
                            .with(csrf()));
        }
        AbstractMockHttpServletRequestBuilder<?> request;
        if (form.multipart()) {
            var upload = multipart(HttpMethod.valueOf(form.method()), action);
            var files = form.fields().stream()
                    .filter(field -> field.type().equals("file"))
                    .map(Field::name)
                    .collect(java.util.stream.Collectors.toSet());
            for (var field : fields) {
                if (files.contains(field.getKey())) {
                    upload.file(new MockMultipartFile(
                            field.getKey(),
                            "upload.txt",
                            "text/plain",
                            field.getValue().getBytes(StandardCharsets.UTF_8)));
                } else {
                    upload.param(field.getKey(), field.getValue());
                }
            }
            request = upload;
        } else {
            var plain = request(HttpMethod.valueOf(form.method()), action);
            for (var field : fields) {
                plain.param(field.getKey(), field.getValue());
            }
            request = plain;
        }
        return site.as(who, request.with(csrf()));
    }

    /** The form as the page offers it, with empty text fields filled with valid, distinct values. */
    private List<Map.Entry<String, String>> baseline(Form form) {
        var fields = new ArrayList<Map.Entry<String, String>>();
        // A group of boxes none of which is ticked gets its first one ticked, as a person choosing "at least one".
        var ticked = new java.util.HashSet<String>();
        form.fields().stream()
                .filter(field -> field.type().equals("checkbox") && field.sentByDefault())
                .forEach(field -> ticked.add(field.name()));
        for (Field field : form.fields()) {
            if (field.type().equals("checkbox")
                    && !field.sentByDefault()
                    && !field.required()
                    && !ticked.add(field.name())) {
                continue;
            }
            fields.add(Map.entry(field.name(), valid(field)));
        }
        return fields;
    }

    private String valid(Field field) {
        if (!field.value().isEmpty()
                || Set.of("hidden", "select", "radio", "checkbox", "submit").contains(field.type())) {
            return field.value();
        }
        int n = ++counter;
        String value = switch (field.type()) {
            case "email" -> "valid" + n + "@example.org";
            case "url" -> "https://example.org/" + n;
            case "number", "range" -> number(field);
            case "date" -> field.min().isEmpty() ? LocalDate.now().toString() : field.min();
            case "datetime-local" -> LocalDate.now() + "T10:00";
            case "time" -> "10:00";
            case "tel" -> "+39061234" + (1000 + n % 9000);
            case "password" -> "Valid-password-2026!";
            case "file" -> "title\nValid upload " + n + "\n";
            default -> "Valid text " + n;
        };
        if (field.minLength() != null && value.length() < field.minLength()) {
            value = value + " " + "x".repeat(field.minLength() - value.length());
        }
        if (field.maxLength() != null && value.length() > field.maxLength()) {
            value = value.substring(value.length() - field.maxLength());
        }
        return value;
    }

    private static String number(Field field) {
        if (!field.min().isEmpty()) {
            return field.min().contains(".") ? field.min() : String.valueOf(Math.max(1, Long.parseLong(field.min())));
        }
        return !field.max().isEmpty() && Double.parseDouble(field.max()) < 1 ? field.max() : "1";
    }

    /**
     * The baseline of a route no page offers (see {@link #NOT_OFFERED}): its path with ids from crawled pages of the
     * same object (then {@link #IDS_BY_KIND}, then a token no mail ever held), its fields from the handler's
     * parameters, filled with valid text.
     */
    private Form notOffered(Route route) {
        var spec = NOT_OFFERED.get(route.key());
        var path = new StringBuilder();
        for (String segment : route.pattern().substring(1).split("/")) {
            path.append('/');
            if (!segment.startsWith("{")) {
                path.append(segment);
                continue;
            }
            String name = segment.substring(1, segment.length() - 1).split(":")[0];
            String prefix = path.toString();
            String value = crawledUrls.stream()
                    .map(url -> url.split("\\?")[0])
                    .filter(url -> url.startsWith(prefix))
                    .map(url -> url.substring(prefix.length()).split("/")[0])
                    .filter(id -> id.matches("\\d+"))
                    .findFirst()
                    .orElseGet(() -> IDS_BY_KIND.containsKey(name)
                            ? jdbc.sql(IDS_BY_KIND.get(name))
                                    .query(String.class)
                                    .optional()
                                    .orElse("0")
                            : "not-a-token-from-any-mail");
            path.append(value);
        }
        var fields = new ArrayList<Field>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            if (info.getPathPatternsCondition() != null
                    && info.getPathPatternsCondition().getPatternValues().contains(route.pattern())
                    && info.getMethodsCondition().getMethods().stream()
                            .anyMatch(m -> m.name().equals(route.method().name()))) {
                for (String field : HandlerFields.of(handler)) {
                    fields.add(new Field(field, "text", "", false, null, null, "", "", true));
                }
            }
        });
        return new Form(
                spec.who(), "(no page: " + spec.why() + ")", route.method().name(), path.toString(), false, fields);
    }

    private static String abbreviate(String value) {
        return value.length() > 40 ? value.substring(0, 10) + "... (" + value.length() + " chars)" : "'" + value + "'";
    }

    private static Route routeOf(Collection<Route> routes, Form form) {
        String path = form.action().split("\\?")[0];
        for (Route route : routes) {
            if (route.method().name().equals(form.method()) && route.path().matches(PathContainer.parsePath(path))) {
                return route;
            }
        }
        return null;
    }

    private List<Route> changingRoutes() {
        var routes = new ArrayList<Route>();
        mappings.getHandlerMethods().forEach((info, handler) -> {
            for (var method : info.getMethodsCondition().getMethods()) {
                if (Set.of("GET", "HEAD", "OPTIONS").contains(method.name())
                        || info.getPathPatternsCondition() == null) {
                    continue;
                }
                for (PathPattern pattern : info.getPathPatternsCondition().getPatterns()) {
                    var route = new Route(HttpMethod.valueOf(method.name()), pattern.getPatternString(), pattern);
                    if (!NOT_SUBMITTED.containsKey(route.key())) {
                        routes.add(route);
                    }
                }
            }
        });
        routes.sort(java.util.Comparator.comparing(Route::key));
        return routes;
    }

    // ---- the database: a fingerprint to show a refusal stored nothing, and the markers that were stored ----

    private List<String> tables;
    private String fingerprintQuery;

    /**
     * Rows and a hash of every row's text per application table (those in {@link #CHANGED_BY_REFUSALS} left
     * out): any insert, delete or update of a value changes it. One statement; a few milliseconds on the demo data.
     */
    private Map<String, Long[]> fingerprint() {
        if (fingerprintQuery == null) {
            var columns = new TreeMap<String, List<String>>();
            jdbc.sql("""
                            SELECT table_name, column_name, data_type FROM information_schema.columns
                            WHERE LOWER(table_schema) = 'public'
                              AND table_name IN (SELECT table_name FROM information_schema.tables
                                                 WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE')
                            ORDER BY table_name, ordinal_position
                            """)
                    .query((row, n) -> {
                        String table = row.getString(1);
                        String type = row.getString(3).toUpperCase();
                        if (!CHANGED_BY_REFUSALS.contains(table)
                                && !type.contains("BINARY")
                                && !type.contains("BLOB")) {
                            columns.computeIfAbsent(table, t -> new ArrayList<>())
                                    .add("CAST(\"" + row.getString(2) + "\" AS VARCHAR)");
                        }
                        return null;
                    })
                    .list();
            tables = new ArrayList<>(columns.keySet());
            var parts = new ArrayList<String>();
            columns.forEach((table, list) -> parts.add("SELECT '" + table + "', COUNT(*), COALESCE(SUM(CAST(ORA_HASH("
                    + "CONCAT_WS('|', " + String.join(", ", list) + ")) AS BIGINT)), 0) FROM \"" + table + "\""));
            fingerprintQuery = String.join("\nUNION ALL ", parts);
        }
        var result = new TreeMap<String, Long[]>();
        jdbc.sql(fingerprintQuery)
                .query((row, n) -> result.put(row.getString(1), new Long[] {row.getLong(2), row.getLong(3)}))
                .list();
        return result;
    }

    /** The ids of markers stored in any text column. */
    private Set<Integer> storedMarkers() {
        var stored = new TreeSet<Integer>();
        var columns = jdbc.sql("""
                        SELECT table_name, column_name FROM information_schema.columns
                        WHERE LOWER(table_schema) = 'public'
                          AND UPPER(data_type) LIKE 'CHARACTER%'
                          AND table_name IN (SELECT table_name FROM information_schema.tables
                                             WHERE LOWER(table_schema) = 'public' AND table_type = 'BASE TABLE')
                        """)
                .query((row, n) -> List.of(row.getString(1), row.getString(2)))
                .list();
        for (var column : columns) {
            if (CHANGED_BY_REFUSALS.contains(column.get(0))) {
                continue;
            }
            for (String value : jdbc.sql("SELECT CAST(\"" + column.get(1) + "\" AS VARCHAR) FROM \"" + column.get(0)
                            + "\" WHERE CAST(\"" + column.get(1) + "\" AS VARCHAR) LIKE '%alert(''h%'")
                    .query(String.class)
                    .list()) {
                var matcher = SHOWN.matcher(Objects.requireNonNullElse(value, ""));
                while (matcher.find()) {
                    stored.add(Integer.valueOf(matcher.group(1)));
                }
            }
        }
        return stored;
    }
}
