package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@WebTest
class BudgetWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private long newInstance() {
        return TestBudgets.newInstance(jdbc);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    /** Sets up and opens a budget through the facilitator's pages; returns the instance and project ids. */
    private long openBudget(String type, String min, String max, String... costs) throws Exception {
        long id = newInstance();
        mvc.perform(as(post("/budget/" + id + "/settings"), Demo.PARKS_OFFICER)
                        .param("amount", "100000")
                        .param("currency", "eur")
                        .param("ballotType", type)
                        .param("rule", "mes")
                        .param("minProjects", min)
                        .param("maxProjects", max))
                .andExpect(status().isFound());
        for (int i = 0; i < costs.length; i++) {
            mvc.perform(as(post("/budget/" + id + "/projects"), Demo.PARKS_OFFICER)
                            .param("title", "Project " + i)
                            .param("description", "**Why** it matters")
                            .param("cost", costs[i])
                            .param("category", "mobility"))
                    .andExpect(status().isFound());
        }
        mvc.perform(as(post("/budget/" + id + "/open"), Demo.PARKS_OFFICER)).andExpect(status().isFound());
        return id;
    }

    private List<Long> projects(long instance) {
        return jdbc.sql("""
                SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                WHERE b.tool_instance_id = :i ORDER BY p.position
                """).param("i", instance).query(Long.class).list();
    }

    private long ballots(long instance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM budget_ballot x JOIN budget b ON b.id = x.budget_id WHERE b.tool_instance_id = :i
                """).param("i", instance).query(Long.class).single();
    }

    private org.springframework.test.web.servlet.ResultActions vote(long id, String who, Object... projects)
            throws Exception {
        var request = as(post("/budget/" + id + "/ballot"), who);
        for (Object p : projects) {
            request.param("projects", String.valueOf(p));
        }
        return mvc.perform(request);
    }

    @Test
    void theDemoBudgetIsOpenToEveryReaderAndCountsOneBallotPerMember() throws Exception {
        long id = jdbc.sql("SELECT tool_instance_id FROM budget b JOIN budget_project p ON p.budget_id = b.id "
                        + "WHERE p.title = 'Rastrelliere in dieci piazze'")
                .query(Long.class)
                .single();
        mvc.perform(get("/budget/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pista ciclabile protetta")))
                .andExpect(content().string(containsString("Accedi per votare")))
                .andExpect(content().string(not(containsString("<form method=\"post\" action=\"/budget/" + id))));
        var racks = projects(id).get(1);
        // Anonymous ballots go to the sign-in page; nothing is stored.
        mvc.perform(post("/budget/" + id + "/ballot").with(csrf()).param("projects", racks.toString()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/budget/" + id).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<fieldset id=\"projects\"")))
                .andExpect(content().string(containsString("<legend>")));
        vote(id, Demo.VOLUNTEER, racks).andExpect(status().isFound()).andExpect(redirectedUrl("/budget/" + id));
        // A second ballot replaces the first (ballots are editable until the vote closes): still one ballot.
        var lanes = projects(id).get(0);
        mvc.perform(get("/budget/" + id).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(content().string(containsString("Cambia la mia scheda")));
        vote(id, Demo.VOLUNTEER, lanes).andExpect(status().isFound());
        assertThat(ballots(id)).isEqualTo(1);
        assertThat(jdbc.sql("""
                        SELECT i.project_id FROM budget_ballot_item i JOIN budget_ballot b ON b.id = i.ballot_id
                        JOIN app_user u ON u.id = b.voter_id WHERE u.email = :e AND i.project_id IN (:p)
                        """)
                        .param("e", Demo.VOLUNTEER)
                        .param("p", List.of(lanes, racks))
                        .query(Long.class)
                        .list())
                .containsExactly(lanes);
    }

    @Test
    void theDemoInitiativeRunsAnOpenKnapsackBudgetCountedWithEqualShares() throws Exception {
        var row = jdbc.sql("""
                SELECT b.tool_instance_id, b.ballot_type, b.rule, b.currency, b.status, t.initiative_id
                FROM budget b JOIN tool_instance t ON t.id = b.tool_instance_id
                JOIN initiative i ON i.id = t.initiative_id WHERE i.title = :t
                """).param("t", BudgetDemoData.INITIATIVE).query().singleRow();
        assertThat(row).containsEntry("ballot_type", "knapsack").containsEntry("rule", "mes");
        assertThat(row.get("currency").toString().trim()).isEqualTo("EUR");
        assertThat(row).containsEntry("status", "open");
        assertThat(projects((Long) row.get("tool_instance_id"))).hasSize(BudgetDemoData.PROJECTS.size());
        mvc.perform(get("/initiatives/" + row.get("initiative_id")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/budget/" + row.get("tool_instance_id"))));
    }

    @Test
    void knapsackBallotsOverBudgetOrOfUnknownProjectsAreRefusedWithTheFormKept() throws Exception {
        long id = openBudget("knapsack", "", "", "60000", "50000", "10000");
        var p = projects(id);
        vote(id, Demo.CITIZEN, p.get(0), p.get(1))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"projects-error\"")))
                .andExpect(content().string(containsString("più del bilancio")))
                .andExpect(content().string(containsString("value=\"" + p.get(1) + "\" checked")));
        long other = openBudget("knapsack", "", "", "5000");
        vote(id, Demo.CITIZEN, projects(other).get(0)).andExpect(status().is(422));
        vote(id, Demo.CITIZEN, "not-a-number").andExpect(status().is(422));
        vote(id, Demo.CITIZEN, p.get(0), p.get(0)).andExpect(status().is(422));
        vote(id, Demo.CITIZEN).andExpect(status().is(422));
        assertThat(ballots(id)).isZero();
        // The running total is re-computed on the server.
        mvc.perform(post("/budget/" + id + "/total")
                        .with(csrf())
                        .param("projects", p.get(0).toString())
                        .param("projects", p.get(1).toString()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("110.000,00")))
                .andExpect(content().string(containsString("più del bilancio")));
        vote(id, Demo.CITIZEN, p.get(0), p.get(2)).andExpect(status().isFound());
        assertThat(ballots(id)).isEqualTo(1);
    }

    @Test
    void approvalBallotsRespectMinAndMaxAndNobodyVotesAfterClosing() throws Exception {
        long id = openBudget("approval", "2", "2", "30000", "30000", "30000");
        var p = projects(id);
        vote(id, Demo.CITIZEN, p.get(0))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("almeno 2")));
        vote(id, Demo.CITIZEN, p.get(0), p.get(1), p.get(2))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("al massimo 2")));
        vote(id, Demo.CITIZEN, p.get(0), p.get(1)).andExpect(status().isFound());
        vote(id, Demo.VOLUNTEER, p.get(1), p.get(2)).andExpect(status().isFound());
        // Only facilitators close; then no more ballots, and the results are public.
        mvc.perform(as(post("/budget/" + id + "/close"), Demo.CITIZEN)).andExpect(status().isForbidden());
        // While open the results page says when they come; the anonymised ballots are not there yet.
        mvc.perform(get("/budget/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I risultati saranno pubblicati qui")));
        mvc.perform(get("/budget/" + id + "/export.pb")).andExpect(status().isNotFound());
        mvc.perform(as(post("/budget/" + id + "/close"), Demo.PARKS_OFFICER))
                .andExpect(redirectedUrl("/budget/" + id + "/results"));
        vote(id, Demo.CITIZEN, p.get(0), p.get(2)).andExpect(status().is(422));
        assertThat(ballots(id)).isEqualTo(2);
        mvc.perform(get("/budget/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Metodo delle quote uguali")))
                .andExpect(content().string(containsString("Project 1")))
                .andExpect(content().string(containsString("Pagato da ciascuno")));
        mvc.perform(get("/budget/" + id + "/export.pb"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("rule;equalshares")))
                .andExpect(content().string(not(containsString("example.org"))));
    }

    @Test
    void onlyMembersVoteAndOnlyFacilitatorsManage() throws Exception {
        long id = openBudget("knapsack", "", "", "1000");
        long project = projects(id).get(0);
        for (String outsider : List.of(Demo.PARENT, Demo.ADMIN, Demo.PARKS_OFFICER)) {
            vote(id, outsider, project)
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("solo i membri")));
        }
        assertThat(ballots(id)).isZero();
        mvc.perform(get("/budget/" + id + "/manage")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/budget/" + id + "/manage").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/budget/" + id + "/manage").with(demo.as(Demo.ADMIN))).andExpect(status().isForbidden());
        mvc.perform(as(post("/budget/" + id + "/projects"), Demo.CITIZEN)
                        .param("title", "Mine")
                        .param("cost", "10"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/budget/" + id + "/manage").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("action=\"/budget/" + id + "/close\"")));
        // Once open, the settings and projects are locked.
        mvc.perform(as(post("/budget/" + id + "/projects"), Demo.PARKS_OFFICER)
                        .param("title", "Late")
                        .param("cost", "10"))
                .andExpect(status().is(422));
        mvc.perform(get("/budget/999999")).andExpect(status().isNotFound());
    }

    @Test
    void badSettingsAndProjectsAreExplainedPerField() throws Exception {
        long id = newInstance();
        mvc.perform(as(post("/budget/" + id + "/settings"), Demo.PARKS_OFFICER)
                        .param("amount", "abc")
                        .param("currency", "euro")
                        .param("ballotType", "ranked")
                        .param("rule", "borda")
                        .param("minProjects", "3")
                        .param("maxProjects", "2")
                        .param("opensAt", "2030-01-02T10:00")
                        .param("closesAt", "2030-01-01T10:00"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"amount-error\"")))
                .andExpect(content().string(containsString("id=\"currency-error\"")))
                .andExpect(content().string(containsString("id=\"closesAt-error\"")));
        mvc.perform(as(post("/budget/" + id + "/open"), Demo.PARKS_OFFICER)).andExpect(status().is(422));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }
}
