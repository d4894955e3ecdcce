package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import org.cocrea.testing.Demo;
import org.cocrea.testing.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The pages of the needs, actions, ladder and review tools, and writing a diary entry (the load benchmark's write
 * on a plan), stay within 20 SQL statements, with demo content.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class CareStatementBudgetTest {
    static final int BUDGET = 20;

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Test
    void everyPageStaysWithinTheStatementBudget() throws Exception {
        var demo = new Demo(users);
        List<String> pages = List.of(
                "/plans/needs/" + CareTools.needs(jdbc),
                "/plans/actions/" + CareTools.actions(jdbc),
                "/plans/actions/" + CareTools.actions(jdbc) + "?page=2",
                "/plans/ladder/" + CareTools.ladder(jdbc),
                "/plans/review/" + CareTools.review(jdbc),
                "/plans/needs/" + CareTools.needs(jdbc) + "/audit");
        for (String page : pages) {
            StatementCounter.reset();
            int status = mvc.perform(get(page).with(demo.as(Demo.CITIZEN)))
                    .andReturn()
                    .getResponse()
                    .getStatus();
            int statements = StatementCounter.COUNT.get();
            System.out.printf("statement budget: %-32s %2d%n", page, statements);
            assertThat(status).isEqualTo(200);
            assertThat(statements).as("SQL statements for %s", page).isLessThanOrEqualTo(BUDGET);
        }
    }

    @Test
    void writingADiaryEntryStaysWithinTheStatementBudget() throws Exception {
        var demo = new Demo(users);
        long actions = CareTools.actions(jdbc);
        String count = "SELECT COUNT(*) FROM plan_diary WHERE tool_instance_id = :i";
        long before = jdbc.sql(count).param("i", actions).query(Long.class).single();
        StatementCounter.reset();
        int status = mvc.perform(post("/plans/actions/" + actions + "/diary")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param(
                                "doneOn",
                                java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                        .toString())
                        .param("what", "Spesa accompagnata dal volontario")
                        .param("minutes", "30"))
                .andReturn()
                .getResponse()
                .getStatus();
        int statements = StatementCounter.COUNT.get();
        System.out.printf("statement budget: %-32s %2d%n", "POST diary", statements);
        assertThat(status).isEqualTo(302);
        assertThat(jdbc.sql(count).param("i", actions).query(Long.class).single())
                .isEqualTo(before + 1);
        // The ledger records the entry's time after the commit, on its own thread in production and on this one in
        // the tests, and the evidence module counts it: what those deliveries run is theirs, not the diary page's.
        List<String> page = StatementCounter.outsideDeliveries();
        assertThat(StatementCounter.statements())
                .as("the ledger recorded the entry's time")
                .contains("INSERT INTO ledger_entry");
        assertThat(page)
                .as("a delivery ran")
                .hasSizeLessThan(statements)
                .noneMatch(sql -> sql.contains("ledger_") || sql.contains("evidence_"));
        assertThat(page.size())
                .as("SQL statements for a diary entry: %s", String.join("\n", page))
                .isLessThanOrEqualTo(BUDGET);
    }

    /**
     * The same statements with 50 more needs, actions and diary entries as with 5: no query per listed row (the demo
     * plan has only a handful of each). Rolled back: the demo plan is shared with the other test classes.
     */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void carePagesRunTheSameStatementsForFiftyRowsAsForFive() throws Exception {
        var demo = new Demo(users);
        long needs = CareTools.needs(jdbc);
        long actions = CareTools.actions(jdbc);
        long need = jdbc.sql("SELECT MIN(id) FROM plan_need WHERE tool_instance_id = :i")
                .param("i", needs)
                .query(Long.class)
                .single();
        long action = jdbc.sql("SELECT MIN(id) FROM plan_action WHERE tool_instance_id = :i")
                .param("i", actions)
                .query(Long.class)
                .single();
        long diary = jdbc.sql("SELECT MIN(id) FROM plan_diary WHERE tool_instance_id = :i")
                .param("i", actions)
                .query(Long.class)
                .single();
        java.util.function.IntConsumer add = n -> {
            org.cocrea.testing.RowCopies.copy(
                    jdbc, "plan_need", need, n, java.util.Map.of("title", "CONCAT('Bisogno in scala ', :n)"));
            org.cocrea.testing.RowCopies.copy(
                    jdbc, "plan_action", action, n, java.util.Map.of("title", "CONCAT('Azione in scala ', :n)"));
            org.cocrea.testing.RowCopies.copy(
                    jdbc,
                    "plan_diary",
                    diary,
                    n,
                    java.util.Map.of("what", "CONCAT('Diario in scala ', :n)", "done_on", "CURRENT_DATE"));
        };
        record Page(String path, String shown) {}
        var pages = List.of(
                new Page("/plans/needs/" + needs, "Bisogno in scala"),
                new Page("/plans/actions/" + actions, "Azione in scala"),
                new Page("/plans/actions/" + actions, "Diario in scala"));
        var counts = new java.util.HashMap<Page, Integer>();
        for (int n : new int[] {5, 45}) {
            add.accept(n);
            for (var page : pages) {
                var request = get(page.path()).with(demo.as(Demo.CITIZEN));
                var counted = StatementCounter.fewerOfTwo(
                        () -> mvc.perform(request).andReturn().getResponse());
                var response = counted.answer();
                int statements = counted.statements();
                System.out.printf("statement budget with %d more: %-32s %2d%n", n, page.path(), statements);
                assertThat(response.getStatus()).as(page.path()).isEqualTo(200);
                assertThat(response.getContentAsString().contains(page.shown()))
                        .as("%s shows the added rows (%s)", page.path(), page.shown())
                        .isTrue();
                assertThat(statements).as("SQL statements for %s", page.path()).isLessThanOrEqualTo(BUDGET);
                Integer five = counts.putIfAbsent(page, statements);
                if (five != null) {
                    assertThat(statements)
                            .as(
                                    "SQL statements for %s with 50 added rows (%d with 5):%n%s",
                                    page.path(), five, StatementCounter.statements())
                            .isEqualTo(five);
                }
            }
        }
    }
}
