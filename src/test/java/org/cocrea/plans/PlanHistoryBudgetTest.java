package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.UUID;
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
 * A plan with five years of history (see {@link PlanHistory}) stays within the 20-statement budget on every
 * page that shows that history: no query per version, signature, goal or score, and the history paginated.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PlanHistoryBudgetTest {
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
    void thePlanPagesOfFiveYearsOfHistoryStayWithinTheStatementBudget() throws Exception {
        var plan = PrivatePlan.create(jdbc, "Budget-" + UUID.randomUUID());
        var history = PlanHistory.seed(jdbc, plan);
        var demo = new Demo(users);
        String base = "/plans/" + plan.instance();
        List<String> pages = List.of(
                base,
                base + "/history",
                base + "/history?page=4",
                base + "/versions/200",
                base + "/privacy",
                base + "/audit");
        for (String page : pages) {
            // Signed in before counting, as in StatementBudgetTests: loading the principal is the sign-in's work,
            // not the page's (a real request finds it in the session).
            var request = get(page).with(demo.as(plan.citizen()));
            StatementCounter.reset();
            var response = mvc.perform(request).andReturn().getResponse();
            int statements = StatementCounter.COUNT.get();
            System.out.printf("statement budget (5 years of history): %-40s %2d%n", page, statements);
            assertThat(response.getStatus()).as(page).isEqualTo(200);
            assertThat(statements)
                    .as("SQL statements for %s:%n%s", page, StatementCounter.statements())
                    .isLessThanOrEqualTo(BUDGET);
        }
        assertThat(history.versions()).isEqualTo(200);
    }
}
