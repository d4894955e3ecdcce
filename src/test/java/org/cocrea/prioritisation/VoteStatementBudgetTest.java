package org.cocrea.prioritisation;

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

/**
 * The vote's pages stay within the statement budget of {@code StatementBudgetTests} (20 SQL statements per
 * request, sessions included), whatever the number of ballots: counting reads all marks in one query.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class VoteStatementBudgetTest {
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
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    @Test
    void votePagesStayWithinTheBudget() throws Exception {
        long id = jdbc.sql("SELECT tool_instance_id FROM vote WHERE question = :q")
                .param("q", VoteDemoData.QUESTION)
                .query(Long.class)
                .single();
        var demo = new Demo(users);
        record Page(String who, String path) {}
        for (var page : List.of(
                new Page(null, "/vote/" + id),
                new Page(Demo.CITIZEN, "/vote/" + id),
                new Page(Demo.VOLUNTEER, "/vote/" + id),
                new Page(null, "/vote/" + id + "/results"),
                new Page(Demo.CITIZEN, "/vote/" + id + "/results"),
                new Page(null, "/vote/" + id + "/ballots.csv"),
                new Page(Demo.PARKS_OFFICER, "/vote/" + id + "/manage"))) {
            var request = get(page.path());
            if (page.who() != null) {
                request.with(demo.as(page.who()));
            }
            StatementCounter.reset();
            int status = mvc.perform(request).andReturn().getResponse().getStatus();
            int statements = StatementCounter.COUNT.get();
            System.out.printf("statement budget: %-28s %-26s %2d%n", page.path(), page.who(), statements);
            assertThat(status).as(page.path()).isEqualTo(200);
            assertThat(statements)
                    .as("SQL statements for %s as %s", page.path(), page.who())
                    .isLessThanOrEqualTo(BUDGET);
        }
    }
}
