package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.testing.Demo;
import org.cocrea.testing.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The JSON API's reads of the tools stay within the statement budget of {@code StatementBudgetTests} (20 SQL
 * statements per request, the token's checks included), without a token and with a read:mine token.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ApiStatementBudgetTest {
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
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    @Test
    void toolReadsStayWithinTheBudget() throws Exception {
        String routes = ApiFixtures.BUDGET_INITIATIVE;
        long schoolVote = ApiFixtures.vote(jdbc, "Scuola inclusiva", "closed");
        var paths = List.of(
                "/api/v1/proposals/" + ApiFixtures.instance(jdbc, routes, "ideas", 0),
                "/api/v1/votes/" + ApiFixtures.vote(jdbc, routes, "draft"),
                "/api/v1/meetings/" + ApiFixtures.instance(jdbc, routes, "meetings", 0),
                "/api/v1/surveys/" + ApiFixtures.publishedSurvey(jdbc) + "/results",
                "/api/v1/indicators/" + ApiFixtures.instance(jdbc, routes, "indicators", 0),
                "/api/v1/tracking/" + ApiFixtures.instance(jdbc, routes, "tracking", 0));
        String mine = ApiFixtures.token(tokens, accounts, Demo.PARENT, "read:mine");
        for (String token : java.util.Arrays.asList(null, mine)) {
            var all = new java.util.ArrayList<>(paths);
            if (token != null) {
                all.add("/api/v1/votes/" + schoolVote);
                all.add("/api/v1/votes/" + schoolVote + "/results");
            }
            for (String path : all) {
                var request = get(path);
                if (token != null) {
                    request.header("Authorization", ApiFixtures.bearer(token));
                }
                StatementCounter.reset();
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                int statements = StatementCounter.COUNT.get();
                System.out.printf(
                        "statement budget: %-32s %-10s %2d%n", path, token == null ? "-" : "read:mine", statements);
                assertThat(status).as(path).isEqualTo(200);
                assertThat(statements).as("SQL statements for %s", path).isLessThanOrEqualTo(BUDGET);
            }
        }
    }
}
