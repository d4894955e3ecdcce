package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cocrea.testing.CountingStatements;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Site;
import org.cocrea.testing.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * A net under every page, not only those a statement-budget test lists: each demo person follows the links from
 * {@code /} (and from every page reached, see {@link Site}), and every page answered must run at most
 * {@value #BUDGET} SQL statements and no SQL text more than {@value #REPEATS} times. A query per listed row (N+1)
 * shows as the same text once per row, and the demo lists at least four rows of every kind its pages list (the
 * initiatives, proposals, ideas, votes' options and ballots, budget projects, people, plans' needs and actions):
 * with four the N+1 shows four times, above the threshold. Three is the most any page runs one text today on
 * purpose (the session's reads and writes, or a role asked of two initiatives); see the run's report.
 *
 * <p>Every registered GET route must be reached with a real id by at least one person, so a new page is under the
 * net from the day it is linked; the few reached only from a mail or a form are listed in {@link #NOT_LINKED}
 * with the reason.
 *
 * <p>It runs on its own in-memory database, with the demo data as a new installation has it: the statement-budget
 * tests that share the counting context grow lists to fifty copies of one row, and a crawl through fifty copies of
 * one initiative stops following that shape before it reaches the tools of the others.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CountingStatements.class)
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:cocrea-every-page;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EveryPageStatementBudgetTest {
    static final int BUDGET = 20;
    static final int REPEATS = 3;
    /** Pages each person reads at most: every kind of page comes first (see {@link Site}), then more of each. */
    static final int MAX_PAGES = 250;

    /** Where each person starts: the home page, and the pages for machines, which no page links to. */
    static final List<String> START = List.of("/", "/api/initiatives", "/api/typology", "/ping", "/api/v1/initiatives");

    /** The JSON twins of HTML pages, which no page links to, visited with the ids of the HTML pages reached. */
    static final List<Map.Entry<java.util.regex.Pattern, String>> TWINS = List.of(
            Map.entry(java.util.regex.Pattern.compile("^/initiatives/(\\d+)$"), "/api/initiatives/$1"),
            // The FHIR bundle of an individual initiative's plan is asked by the initiative's id.
            Map.entry(java.util.regex.Pattern.compile("^/initiatives/(\\d+)$"), "/api/plans/$1/fhir"),
            // The versioned JSON API (issue 19), read without a token as a program would.
            Map.entry(java.util.regex.Pattern.compile("^/initiatives/(\\d+)$"), "/api/v1/initiatives/$1"),
            Map.entry(java.util.regex.Pattern.compile("^/initiatives/(\\d+)$"), "/api/v1/initiatives/$1/phases"),
            Map.entry(java.util.regex.Pattern.compile("^/budget/(\\d+)$"), "/api/v1/budgets/$1"),
            // Each tool's JSON twin is asked by the tool instance's id, as its page is.
            Map.entry(java.util.regex.Pattern.compile("^/ideas/(\\d+)$"), "/api/v1/proposals/$1"),
            Map.entry(java.util.regex.Pattern.compile("^/vote/(\\d+)$"), "/api/v1/votes/$1"),
            Map.entry(java.util.regex.Pattern.compile("^/vote/(\\d+)$"), "/api/v1/votes/$1/results"),
            Map.entry(java.util.regex.Pattern.compile("^/meetings/(\\d+)$"), "/api/v1/meetings/$1"),
            Map.entry(java.util.regex.Pattern.compile("^/survey/(\\d+)$"), "/api/v1/surveys/$1/results"),
            Map.entry(java.util.regex.Pattern.compile("^/indicators/(\\d+)$"), "/api/v1/indicators/$1"),
            Map.entry(java.util.regex.Pattern.compile("^/tracking/(\\d+)$"), "/api/v1/tracking/$1"));

    static final List<String> PEOPLE = Demo.EVERYONE;

    /** GET routes no page links to, with the reason; the test fails when one of them becomes reachable too. */
    static final Map<String, String> NOT_LINKED = Map.ofEntries(
            Map.entry(
                    "/second-factor",
                    "asked after a password sign-in of a person with an authenticator app, which the demo people lack:"
                            + " SecondFactorWebTest opens it"),
            Map.entry(
                    "/profile/data/archive.zip",
                    "linked once an archive is ready, prepared in the background: MyDataWebTest downloads it"),
            Map.entry(
                    "/api/v1/me",
                    "the JSON API's own data of a token's owner: needs a bearer token, never a session;"
                            + " ApiTokensWebTest and ApiPermissionMatrixTest read it"),
            Map.entry(
                    "/api/v1/budgets/{id:\\d+}/results",
                    "published once a budget is closed; the demo's is open; ApiClientTest and ApiContractTest read it"),
            Map.entry(
                    "/api/organisations/{id:\\d+}/webhooks/{webhook:\\d+}/deliveries",
                    "linked from a subscription; the demo has none; WebhooksWebTest and ApiPermissionMatrixTest"
                            + " read it"),
            Map.entry(
                    "/login/oidc/{provider}",
                    "linked from the sign-in page only when an identity provider is configured, and the demo has"
                            + " none: OidcWebTest and OidcBrowserIT follow it to the tests' own provider"),
            Map.entry(
                    "/login/oidc/new",
                    "reached after a provider's first sign-in of a person without an account: OidcWebTest"),
            Map.entry("/login/oidc/error", "where a provider's refusal or error ends: OidcWebTest"),
            Map.entry("/error", "shown by the container, not linked"),
            Map.entry(
                    "/images/{id:\\d{1,18}}/{width:\\d{1,5}}",
                    "fetched by <img>, not a link: ImagesPermissionMatrixTest and the images web tests request it"),
            Map.entry(
                    "/initiatives/{id:\\d+}/invitations/{token}",
                    "the link in an invitation mail: a one-time token, stored hashed"),
            Map.entry(
                    "/initiatives/{id:\\d+}/join/{token}", "the join link shown once to a facilitator: stored hashed"),
            Map.entry("/password/reset", "the link in a password-reset mail: a one-time token, stored hashed"),
            Map.entry(
                    "/meetings/calendar/{token:[A-Za-z0-9_-]+}.ics",
                    "a personal calendar feed, shown once as text to copy (stored hashed): MeetingsWebTest reads it"),
            Map.entry(
                    "/shifts/calendar/{token:[A-Za-z0-9_-]+}.ics",
                    "a personal shifts feed, shown once as text to copy (stored hashed): ShiftsWebTest reads it"),
            Map.entry("/verify", "the link in an address-confirmation mail: a one-time token, stored hashed"),
            Map.entry(
                    "/budget/{id:\\d+}/results",
                    "linked once a budget is closed, and the demo's is open: BudgetStatementBudgetTest counts it closed"),
            Map.entry(
                    "/budget/{id:\\d+}/export.pb",
                    "linked once a budget is closed, and the demo's is open: BudgetStatementBudgetTest counts it closed"),
            Map.entry(
                    "/plans/{id:\\d+}/history",
                    "linked once a plan has more versions than the page shows; PlanHistoryBudgetTest counts it"),
            Map.entry(
                    "/plans/{id:\\d+}/diff",
                    "linked once a plan has a second version; PlanHistoryBudgetTest counts it"),
            Map.entry(
                    "/ideas/{tool:\\d+}/{idea:\\d+}/files/{file:\\d+}",
                    "the demo's ideas have no attached files; a file is one row read by id"),
            Map.entry(
                    "/petitions/{id:\\d+}", "the demo has no petition; StatementBudgetTests counts the list at scale"),
            Map.entry(
                    "/proposals",
                    "the old address of petitions, a redirect no page links to; PetitionPermissionMatrixTest checks it"),
            Map.entry(
                    "/proposals/**",
                    "the old addresses of petitions, a redirect no page links to; PetitionPermissionMatrixTest checks it"));

    /**
     * Downloads of a person's whole care record, with their own budget: one query per table of the plan and of its
     * four care tools (versions, signatures, goals, consents, emergencies, needs, ranks, actions, diary, ladder,
     * reviews, audit...), none per row; and the plan as a FHIR bundle for another system (the people, the plan, its
     * goals, actions and ladder readings, each read once). Folding them into fewer queries is left for later.
     * Since issue 14 the demo plan has its four care tools in its own initiative, as a real plan does, so every
     * table has rows to read (the access logs of the five tools in one query).
     */
    static final Map<String, Integer> OWN_BUDGET = Map.of(
            "/plans/{id:\\d+}/my-data.json", 32,
            "/plans/{id:\\d+}/my-data.pdf", 32,
            "/api/plans/{id:\\d+}/fhir", 23);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping routes;

    @Test
    void everyPageReachedByLinksStaysWithinTheStatementBudgetAndRunsNoQueryPerRow() throws Exception {
        long started = System.nanoTime();
        var demo = new Demo(users);
        var problems = new ArrayList<String>();
        var reached = new TreeSet<String>();
        var worst = new TreeMap<String, String>();
        int[] requests = {0};
        var site = new Site(mvc, demo::as)
                .fetching(
                        new Site.Fetch() {
                            @Override
                            public MockHttpServletResponse get(String who, String path) throws Exception {
                                var response = counted(who, path);
                                if (response.getStatus() == 200) {
                                    for (var twin : TWINS) {
                                        var m = twin.getKey().matcher(path);
                                        if (m.matches()) {
                                            counted(who, m.replaceFirst(twin.getValue()));
                                        }
                                    }
                                }
                                return response;
                            }

                            /** One page, counted; over the budget, counted again and the lower count kept. */
                            private MockHttpServletResponse counted(String who, String path) throws Exception {
                                requests[0]++;
                                var request = request(who, path);
                                MvcResult result = null;
                                int statements = Integer.MAX_VALUE;
                                int budget = BUDGET;
                                Map.Entry<String, Long> repeated = null;
                                String sql = "";
                                // Twice at most: Spring Session's cleanup of expired sessions runs on its own thread
                                // and is
                                // counted when it happens to run during a request.
                                for (int attempt = 0; attempt < 2; attempt++) {
                                    StatementCounter.reset();
                                    result = mvc.perform(request).andReturn();
                                    var most = StatementCounter.mostRepeated();
                                    if (StatementCounter.COUNT.get() < statements) {
                                        statements = StatementCounter.COUNT.get();
                                        repeated = most;
                                        sql = StatementCounter.statements();
                                    }
                                    var matched = (String) result.getRequest()
                                            .getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                                    budget = matched == null ? BUDGET : OWN_BUDGET.getOrDefault(matched, BUDGET);
                                    if (statements <= budget && repeated.getValue() <= REPEATS) {
                                        break;
                                    }
                                }
                                var response = result.getResponse();
                                var pattern = (String) result.getRequest()
                                        .getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                                if (pattern != null && response.getStatus() < 400) {
                                    reached.add(pattern);
                                    String text = repeated.getKey();
                                    String line = String.format(
                                            "%2d statements, %d× one text%s",
                                            statements,
                                            repeated.getValue(),
                                            repeated.getValue() > 1
                                                    ? " [" + text.substring(0, Math.min(90, text.length())) + "]"
                                                    : "");
                                    worst.merge(
                                            pattern,
                                            line + " (" + path + " as " + who + ")",
                                            (a, b) -> a.compareTo(b) >= 0 ? a : b);
                                }
                                if (statements > budget || repeated.getValue() > REPEATS) {
                                    problems.add(String.format(
                                            "%s as %s (status %d): %d statements, %d× %s%n%s",
                                            path,
                                            who,
                                            response.getStatus(),
                                            statements,
                                            repeated.getValue(),
                                            repeated.getKey(),
                                            sql));
                                }
                                return response;
                            }

                            private MockHttpServletRequestBuilder request(String who, String path) throws Exception {
                                var request = MockMvcRequestBuilders.get(new URI(path))
                                        .header("Accept-Language", "en");
                                return who == null ? request : request.with(demo.as(who));
                            }
                        },
                        Site.NEVER);
        for (String who : PEOPLE) {
            site.crawl(who, START, MAX_PAGES);
        }
        int pages = requests[0];
        worst.forEach((pattern, line) -> System.out.printf("every page: %-56s %s%n", pattern, line));
        System.out.printf(
                "every page: %d requests by %d people in %d s%n",
                pages, PEOPLE.size(), (System.nanoTime() - started) / 1_000_000_000L);

        Set<String> unreached = new TreeSet<>(getRoutes());
        unreached.removeAll(reached);
        unreached.removeAll(NOT_LINKED.keySet());
        assertThat(unreached)
                .as("GET routes no demo person reached by following links (link them, or add them to NOT_LINKED)")
                .isEmpty();
        assertThat(problems)
                .as("pages over %d statements or running one SQL text more than %d times", BUDGET, REPEATS)
                .isEmpty();
        assertThat(pages).as("requests made").isGreaterThan(100);
    }

    private Set<String> getRoutes() {
        var patterns = new TreeSet<String>();
        routes.getHandlerMethods().keySet().forEach(info -> {
            var methods = info.getMethodsCondition().getMethods();
            if (methods.isEmpty() || methods.contains(RequestMethod.GET)) {
                patterns.addAll(info.getPatternValues());
            }
        });
        return patterns;
    }
}
