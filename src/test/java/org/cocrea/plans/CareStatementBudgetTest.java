package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

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

/** The pages of the needs, actions, ladder and review tools stay within 20 SQL statements, with demo content. */
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
            StatementCounter.COUNT.set(0);
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
}
