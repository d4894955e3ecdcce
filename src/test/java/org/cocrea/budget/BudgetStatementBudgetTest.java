package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.testing.CountingStatements;
import org.cocrea.testing.Demo;
import org.cocrea.testing.RowCopies;
import org.cocrea.testing.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every page of a budget stays within the statement budget of {@code StatementBudgetTests} (20 SQL statements per
 * request, session included) as the people who use it, and runs the same statements for 50 projects (and ballots)
 * as for 5: no query per project, ballot, code or paper entry. The demo budget is grown inside the test's
 * transaction, which is rolled back.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CountingStatements.class)
class BudgetStatementBudgetTest {
    static final int BUDGET = 20;
    static final String SHOWN = "Progetto in scala";

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    record Page(String who, String path, boolean listsProjects) {}

    @Test
    @Transactional
    void everyBudgetPageRunsTheSameStatementsForFiftyProjectsAsForFive() throws Exception {
        long instance = jdbc.sql("""
                        SELECT b.tool_instance_id FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id
                        JOIN initiative i ON i.id = t.initiative_id WHERE i.title = :t
                        """)
                .param("t", BudgetDemoData.INITIATIVE)
                .query(Long.class)
                .single();
        long budget = jdbc.sql("SELECT id FROM budget WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
        long project = jdbc.sql("SELECT MIN(id) FROM budget_project WHERE budget_id = :b")
                .param("b", budget)
                .query(Long.class)
                .single();
        long voter = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.CITIZEN)
                .query(Long.class)
                .single();
        long facilitator = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.PARKS_OFFICER)
                .query(Long.class)
                .single();
        long organisation = jdbc.sql("""
                        SELECT i.organisation_id FROM initiative i JOIN tool_instance t ON t.initiative_id = i.id
                        WHERE t.id = :i
                        """).param("i", instance).query(Long.class).single();
        var step = new AtomicInteger();
        java.util.function.IntConsumer add = n -> {
            int k = step.getAndIncrement();
            var projects = RowCopies.copy(
                    jdbc,
                    "budget_project",
                    project,
                    n,
                    Map.of(
                            "title", "CONCAT('" + SHOWN + " ', :n, '-', " + k + ")",
                            "source_proposal_id", "NULL",
                            "position",
                                    "(SELECT MAX(position) FROM budget_project WHERE budget_id = t.budget_id) + :n"));
            // Voters with a ballot each naming one new project, voting codes, and paper ballots recorded with them.
            var voters = RowCopies.copy(
                    jdbc,
                    "app_user",
                    voter,
                    n,
                    Map.of("email", "CONCAT('bilancio', :n, '-', " + k + ", '@example.org')"));
            for (int i = 0; i < n; i++) {
                var ballot = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("""
                                INSERT INTO budget_ballot (budget_id, voter_id, cast_at)
                                VALUES (:b, :v, CURRENT_TIMESTAMP)
                                """).param("b", budget).param("v", voters.get(i)).update(ballot, "id");
                jdbc.sql("""
                                INSERT INTO budget_ballot_item (ballot_id, budget_id, project_id, points)
                                VALUES (:ballot, :b, :p, 1)
                                """)
                        .param("ballot", ballot.getKeyAs(Number.class).longValue())
                        .param("b", budget)
                        .param("p", projects.get(i))
                        .update();
                var code = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("""
                                INSERT INTO budget_code (budget_id, code_hash, created_by, created_at)
                                VALUES (:b, :h, :by, CURRENT_TIMESTAMP)
                                """)
                        .param("b", budget)
                        .param("h", String.format("%064d", k * 1000 + i))
                        .param("by", facilitator)
                        .update(code, "id");
                var paper = new org.springframework.jdbc.support.GeneratedKeyHolder();
                jdbc.sql("""
                                INSERT INTO budget_ballot (budget_id, code_id, cast_at)
                                VALUES (:b, :c, CURRENT_TIMESTAMP)
                                """)
                        .param("b", budget)
                        .param("c", code.getKeyAs(Number.class).longValue())
                        .update(paper, "id");
                jdbc.sql("""
                                INSERT INTO budget_paper_ballot (budget_id, ballot_id, recorded_by, recorded_at, code_id)
                                VALUES (:b, :ballot, :by, CURRENT_TIMESTAMP, :c)
                                """)
                        .param("b", budget)
                        .param("ballot", paper.getKeyAs(Number.class).longValue())
                        .param("by", facilitator)
                        .param("c", code.getKeyAs(Number.class).longValue())
                        .update();
            }
        };
        String base = "/budget/" + instance;
        var open = List.of(
                new Page(null, base, true),
                new Page(Demo.CITIZEN, base, true),
                new Page(Demo.VOLUNTEER, base, true),
                new Page(Demo.PARKS_OFFICER, base, true),
                new Page(null, base + "/code", true),
                new Page(Demo.CITIZEN, base + "/code", true),
                new Page(Demo.PARKS_OFFICER, base + "/codes", false),
                new Page(Demo.PARKS_OFFICER, base + "/paper", true),
                new Page(Demo.PARKS_OFFICER, base + "/manage", true),
                new Page(Demo.PARKS_OFFICER, "/organisations/" + organisation + "/residents", false),
                new Page(Demo.CITIZEN, "/profile", false));
        var closed = List.of(
                new Page(null, base, true),
                new Page(Demo.CITIZEN, base, true),
                new Page(null, base + "/results", true),
                new Page(Demo.CITIZEN, base + "/results", true),
                new Page(Demo.PARKS_OFFICER, base + "/results", true),
                new Page(null, base + "/export.pb", true),
                new Page(Demo.PARKS_OFFICER, base + "/manage", true));
        var five = new HashMap<String, Integer>();
        for (int n : new int[] {5, 45}) {
            add.accept(n);
            jdbc.sql("UPDATE budget SET status = 'open' WHERE id = :b")
                    .param("b", budget)
                    .update();
            count(open, "open", n, five);
            jdbc.sql("UPDATE budget SET status = 'closed' WHERE id = :b")
                    .param("b", budget)
                    .update();
            count(closed, "closed", n, five);
        }
    }

    private void count(List<Page> pages, String status, int added, Map<String, Integer> five) throws Exception {
        var demo = new Demo(users);
        for (var page : pages) {
            var request = get(page.path()).header("Accept-Language", "en");
            if (page.who() != null) {
                request.with(demo.as(page.who()));
            }
            mvc.perform(request); // warms the page up, as before the counted requests
            var counted = StatementCounter.fewerOfTwo(
                    () -> mvc.perform(request).andReturn().getResponse());
            var response = counted.answer();
            int statements = counted.statements();
            if (statements > BUDGET) {
                System.out.println(StatementCounter.statements());
            }
            System.out.printf(
                    "budget statements (%s, %2d more): %-36s %-26s %2d%n",
                    status, added, page.path(), page.who(), statements);
            assertThat(response.getStatus())
                    .as("%s as %s", page.path(), page.who())
                    .isEqualTo(200);
            if (page.listsProjects()) {
                assertThat(response.getContentAsString())
                        .as("the added projects on %s as %s", page.path(), page.who())
                        .contains(SHOWN);
            }
            assertThat(statements)
                    .as(
                            "SQL statements for %s as %s (%s):%n%s",
                            page.path(), page.who(), status, StatementCounter.statements())
                    .isLessThanOrEqualTo(BUDGET);
            Integer before = five.putIfAbsent(status + " " + page, statements);
            if (before != null) {
                assertThat(statements)
                        .as(
                                "SQL statements for %s as %s (%s) with 50 added projects and ballots (%d with 5):%n%s",
                                page.path(), page.who(), status, before, StatementCounter.statements())
                        .isEqualTo(before);
            }
        }
    }
}
