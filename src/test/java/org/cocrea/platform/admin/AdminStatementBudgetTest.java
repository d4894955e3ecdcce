package org.cocrea.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.List;
import org.cocrea.testing.CountingStatements;
import org.cocrea.testing.Demo;
import org.cocrea.testing.StatementCounter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The administrators' pages and the static pages stay within 20 SQL statements (session included) on the demo, and
 * none repeats a statement more than three times: the statistics ask each module a few aggregate queries, the queue
 * one query per module plus one visibility query for all ideas, the list a page of initiatives in a fixed number.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@Import(CountingStatements.class)
class AdminStatementBudgetTest {
    static final int BUDGET = 20;

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void everyAdminPageStaysWithinTheStatementBudget() throws Exception {
        for (String path : List.of(
                "/admin/moderation",
                "/admin/statistics",
                "/admin/initiatives",
                "/admin/initiatives?status=open&level=collective&phase=co-design&q=percorsi",
                "/admin/initiatives?page=1",
                "/admin/pages",
                "/admin/pages/accessibility/it",
                "/about",
                "/accessibility")) {
            var counted =
                    StatementCounter.fewerOfTwo(() -> mvc.perform(get(path).with(new Demo(users).as(Demo.ADMIN)))
                            .andReturn()
                            .getResponse()
                            .getStatus());
            System.out.printf("statement budget: %-70s %2d%n", path, counted.statements());
            assertThat(counted.answer()).as(path).isEqualTo(200);
            assertThat(counted.statements()).as("SQL statements for %s", path).isLessThanOrEqualTo(BUDGET);
            assertThat(StatementCounter.mostRepeated().getValue())
                    .as(
                            "most repeated statement of %s: %s",
                            path, StatementCounter.mostRepeated().getKey())
                    .isLessThanOrEqualTo(3);
        }
    }
}
