package org.cocrea.vote;

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

    /**
     * The same statements with 50 more options and 50 more ballots as with 5: no query per option, ballot or mark
     * on any page of the vote (the demo has only a handful of each). Rolled back: the demo vote is shared.
     */
    @Test
    @org.springframework.transaction.annotation.Transactional
    void votePagesRunTheSameStatementsForFiftyOptionsAndBallotsAsForFive() throws Exception {
        long id = jdbc.sql("SELECT tool_instance_id FROM vote WHERE question = :q")
                .param("q", VoteDemoData.QUESTION)
                .query(Long.class)
                .single();
        long vote = jdbc.sql("SELECT id FROM vote WHERE tool_instance_id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
        long option = jdbc.sql("SELECT MIN(id) FROM vote_option WHERE vote_id = :v")
                .param("v", vote)
                .query(Long.class)
                .single();
        long ballot = jdbc.sql("SELECT MIN(id) FROM vote_ballot WHERE vote_id = :v")
                .param("v", vote)
                .query(Long.class)
                .single();
        long voter = jdbc.sql("SELECT voter_id FROM vote_ballot WHERE id = :b")
                .param("b", ballot)
                .query(Long.class)
                .single();
        var step = new java.util.concurrent.atomic.AtomicInteger();
        java.util.function.IntConsumer add = n -> {
            int k = step.getAndIncrement();
            org.cocrea.testing.RowCopies.copy(
                    jdbc,
                    "vote_option",
                    option,
                    n,
                    java.util.Map.of(
                            "title",
                            "CONCAT('Opzione in scala ', :n, '-', " + k + ")",
                            "position",
                            "(SELECT MAX(position) FROM vote_option WHERE vote_id = t.vote_id) + :n"));
            var voters = org.cocrea.testing.RowCopies.copy(
                    jdbc,
                    "app_user",
                    voter,
                    n,
                    java.util.Map.of("email", "CONCAT('elettore', :n, '-', " + k + ", '@example.org')"));
            var ballots = new java.util.ArrayList<Long>();
            for (long v : voters) {
                ballots.addAll(org.cocrea.testing.RowCopies.copy(
                        jdbc, "vote_ballot", ballot, 1, java.util.Map.of("voter_id", Long.toString(v))));
            }
            org.cocrea.testing.RowCopies.copyFor(jdbc, "vote_mark", "ballot_id", ballots, "t.ballot_id = " + ballot);
        };
        var demo = new Demo(users);
        record Page(String who, String path, String shown) {}
        var pages = List.of(
                new Page(null, "/vote/" + id, "Opzione in scala"),
                new Page(Demo.CITIZEN, "/vote/" + id, "Opzione in scala"),
                new Page(null, "/vote/" + id + "/results", "Opzione in scala"),
                new Page(Demo.CITIZEN, "/vote/" + id + "/results", "Opzione in scala"),
                new Page(null, "/vote/" + id + "/ballots.csv", "Opzione in scala"),
                new Page(Demo.PARKS_OFFICER, "/vote/" + id + "/manage", "Opzione in scala"));
        var counts = new java.util.HashMap<Page, Integer>();
        for (int n : new int[] {5, 45}) {
            add.accept(n);
            for (var page : pages) {
                var request = get(page.path());
                if (page.who() != null) {
                    request.with(demo.as(page.who()));
                }
                var counted = StatementCounter.fewerOfTwo(
                        () -> mvc.perform(request).andReturn().getResponse());
                var response = counted.answer();
                int statements = counted.statements();
                System.out.printf(
                        "statement budget with %d more: %-28s %-26s %2d%n", n, page.path(), page.who(), statements);
                assertThat(response.getStatus()).as(page.path()).isEqualTo(200);
                assertThat(response.getContentAsString().contains(page.shown()))
                        .as("%s as %s shows the added rows (%s)", page.path(), page.who(), page.shown())
                        .isTrue();
                assertThat(statements)
                        .as("SQL statements for %s as %s", page.path(), page.who())
                        .isLessThanOrEqualTo(BUDGET);
                Integer five = counts.putIfAbsent(page, statements);
                if (five != null) {
                    assertThat(statements)
                            .as(
                                    "SQL statements for %s as %s with 50 added options and ballots (%d with 5):%n%s",
                                    page.path(), page.who(), five, StatementCounter.statements())
                            .isEqualTo(five);
                }
            }
        }
    }
}
