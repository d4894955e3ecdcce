package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import java.util.stream.Stream;
import org.cocrea.testing.Demo;
import org.cocrea.testing.StatementCounter;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * No page may run more than {@value #BUDGET} SQL statements (session handling included): a request
 * type that loops over rows with a query each (N+1) fails here before it is slow in production.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StatementBudgetTests {
    static final int BUDGET = 20;

    @TestConfiguration
    static class Counting {
        @Bean
        static StatementCounter statementCounter() {
            return new StatementCounter();
        }
    }

    record Page(String who, String path) {}

    static final List<Page> PAGES = List.of(
            new Page(null, "/"),
            new Page(null, "/login"),
            new Page(null, "/register"),
            new Page(Demo.CITIZEN, "/profile"),
            new Page(Demo.SOCIAL_WORKER, "/profile"),
            new Page(Demo.ADMIN, "/admin/organisations"),
            new Page(Demo.ADMIN, "/admin/organisations/1"),
            new Page(Demo.ADMIN, "/admin/people"),
            new Page(Demo.ADMIN, "/admin/people/2"),
            new Page(Demo.ADMIN, "/admin/mailbox"),
            new Page(null, "/initiatives"),
            new Page(Demo.CITIZEN, "/initiatives"),
            new Page(null, "/initiatives?level=collective&phase=co-design"),
            new Page(null, "/typology"),
            new Page(Demo.SOCIAL_WORKER, "/typology"),
            new Page(null, "/api/initiatives"),
            new Page(null, "/api/typology"),
            new Page(null, "/proposals"),
            new Page(Demo.CITIZEN, "/initiatives/1"),
            new Page(Demo.PARKS_OFFICER, "/initiatives/9"),
            new Page(Demo.PARKS_OFFICER, "/initiatives/10"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    Stream<Page> pages() {
        return PAGES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void staysWithinTheStatementBudget(Page page) throws Exception {
        var request = get(page.path());
        if (page.who() != null) {
            request.with(new Demo(users).as(page.who()));
        }
        StatementCounter.reset();
        int status = mvc.perform(request).andReturn().getResponse().getStatus();
        int statements = StatementCounter.COUNT.get();
        System.out.printf("statement budget: %-28s %-26s %2d%n", page.path(), page.who(), statements);
        assertThat(status).isEqualTo(200);
        assertThat(statements).as("SQL statements for %s", page.path()).isLessThanOrEqualTo(BUDGET);
    }

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    /** The proposals tool's list and busiest proposal page (comments, replies, supports, files) of the demo. */
    @org.junit.jupiter.api.Test
    void proposalPagesStayWithinTheStatementBudget() throws Exception {
        long tool = jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE tool_id = 'proposals'")
                .query(Long.class)
                .single();
        long busiest = jdbc.sql("""
                SELECT i.id FROM idea i WHERE i.tool_instance_id = :t
                ORDER BY (SELECT COUNT(*) FROM idea_comment c WHERE c.idea_id = i.id) DESC, i.id LIMIT 1
                """).param("t", tool).query(Long.class).single();
        for (String who : java.util.Arrays.asList(null, Demo.CITIZEN, Demo.PARKS_OFFICER)) {
            for (String path : List.of(
                    "/ideas/" + tool,
                    "/ideas/" + tool + "?sort=supported&status=accepted",
                    "/ideas/" + tool + "/" + busiest)) {
                staysWithinTheStatementBudget(new Page(who, path));
            }
        }
    }
}
