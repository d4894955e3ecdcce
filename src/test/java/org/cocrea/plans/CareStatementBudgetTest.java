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
        assertThat(statements)
                .as("SQL statements for a diary entry: %s", StatementCounter.statements())
                .isLessThanOrEqualTo(BUDGET);
    }
}
