package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** Facilitators turn the accepted proposals of the initiative into the budget's projects, each exactly once. */
@WebTest
class IdeaImportWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long count(String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }

    @Test
    void acceptedProposalsWithACostBecomeProjectsOnceEvenUnderConcurrentClicks() throws Exception {
        var demo = new Demo(users);
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        long ideas = TestIdeas.addTool(jdbc, initiative, "ideas");
        long budget = TestIdeas.addTool(jdbc, initiative, "budget");
        long lanes = TestIdeas.idea(jdbc, ideas, "Corsia", "accepted", 60_000_00L);
        long racks = TestIdeas.idea(jdbc, ideas, "Rastrelliere", "accepted", 5_000_00L);
        TestIdeas.idea(jdbc, ideas, "Senza costo", "accepted", null);
        TestIdeas.idea(jdbc, ideas, "Troppo cara", "accepted", 900_000_00L);
        TestIdeas.idea(jdbc, ideas, "Respinta", "rejected", 1_000_00L);
        TestIdeas.idea(jdbc, ideas, "Aperta", "open", 1_000_00L);
        long hidden = TestIdeas.idea(jdbc, ideas, "Nascosta", "accepted", 1_000_00L);
        jdbc.sql("UPDATE idea SET moderation = 'hidden' WHERE id = ?")
                .param(hidden)
                .update();
        String base = "/budget/" + budget;
        mvc.perform(post(base + "/settings")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("amount", "100000")
                        .param("currency", "EUR")
                        .param("ballotType", "knapsack")
                        .param("rule", "mes"))
                .andExpect(status().isFound());
        mvc.perform(get(base + "/manage").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(content().string(containsString("action=\"" + base + "/import-ideas\"")))
                .andExpect(content().string(containsString("Importa le idee accolte come progetti")));
        // Members and other readers may not import; nothing happens.
        TestIdeas.outsiders(jdbc);
        for (String reader : java.util.List.of(Demo.CITIZEN, Demo.PARENT, Demo.ADMIN, TestIdeas.OTHER_PRO)) {
            mvc.perform(post(base + "/import-ideas").with(csrf()).with(demo.as(reader)))
                    .andExpect(status().isForbidden());
        }
        mvc.perform(post(base + "/import-ideas").with(csrf())).andExpect(status().is3xxRedirection());
        // The route's first name sends a form still open in a browser on to the new one, importing nothing itself.
        mvc.perform(post(base + "/import-proposals").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isPermanentRedirect())
                .andExpect(header().string("Location", base + "/import-ideas"));
        assertThat(count(
                        "SELECT COUNT(*) FROM budget_project p JOIN budget b ON b.id = p.budget_id "
                                + "WHERE b.tool_instance_id = ?",
                        budget))
                .isZero();

        // Eight facilitator clicks at once: the proposals are imported once.
        var pool = Executors.newFixedThreadPool(8);
        try {
            var clicks = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 8; i++) {
                clicks.add(() -> mvc.perform(
                                post(base + "/import-ideas").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                        .andReturn()
                        .getResponse()
                        .getStatus());
            }
            for (var result : pool.invokeAll(clicks)) {
                assertThat(result.get()).isEqualTo(302);
            }
        } finally {
            pool.shutdown();
        }
        var projects = jdbc.sql("""
                SELECT p.source_proposal_id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                WHERE b.tool_instance_id = ? ORDER BY p.position
                """).param(budget).query(Long.class).list();
        assertThat(projects).containsExactly(lanes, racks);
        mvc.perform(post(base + "/import-ideas").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(redirectedUrl(base + "/manage"))
                .andExpect(flash().attribute("notice", "budget.import.allSkipped"));
        mvc.perform(get(base)).andExpect(content().string(containsString("Corsia")));

        // Once the vote is open, projects are locked.
        mvc.perform(post(base + "/open").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound());
        TestIdeas.idea(jdbc, ideas, "Tardiva", "accepted", 1_000_00L);
        mvc.perform(post(base + "/import-ideas").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(flash().attribute("notice", "budget.import.locked"));
        assertThat(count(
                        "SELECT COUNT(*) FROM budget_project p JOIN budget b ON b.id = p.budget_id "
                                + "WHERE b.tool_instance_id = ?",
                        budget))
                .isEqualTo(2);
    }
}
