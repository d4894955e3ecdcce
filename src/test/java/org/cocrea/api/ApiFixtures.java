package org.cocrea.api;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.testing.Demo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Budgets, tokens and people of their own for the API's tests, which share one demo database. */
final class ApiFixtures {
    static final String BUDGET_INITIATIVE = "Percorsi ciclabili del quartiere";

    private ApiFixtures() {}

    /**
     * An open approval budget with two projects in a new copy of the collective demo initiative of the budget (its
     * members copied: the parks officer facilitates, the volunteer is a member), set up through the facilitator's
     * pages; returns the tool instance id.
     */
    static long openBudget(MockMvc mvc, JdbcClient jdbc, Demo demo) throws Exception {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long original = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", BUDGET_INITIATIVE)
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    in_co_commissioning, created_at, last_activity_at)
                SELECT 'API budget test', summary, description, organisation_id, domain, level, status, TRUE, :now, :now
                FROM initiative WHERE id = :o
                """).param("o", original).param("now", now).update();
        long copy = jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                SELECT :c, person_id, role, joined_at FROM initiative_member WHERE initiative_id = :o
                """).param("c", copy).param("o", original).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-commissioning', 'budget', :now)
                """).param("i", copy).param("now", now).update();
        long id =
                jdbc.sql("SELECT MAX(id) FROM tool_instance").query(Long.class).single();
        mvc.perform(post("/budget/" + id + "/settings")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("amount", "100000")
                        .param("currency", "eur")
                        .param("ballotType", "approval")
                        .param("rule", "greedy")
                        .param("minProjects", "1")
                        .param("maxProjects", "2"))
                .andExpect(status().isFound());
        for (String cost : List.of("40000", "70000")) {
            mvc.perform(post("/budget/" + id + "/projects")
                            .with(csrf())
                            .with(demo.as(Demo.PARKS_OFFICER))
                            .param("title", "Project costing " + cost)
                            .param("description", "A project")
                            .param("cost", cost)
                            .param("category", "mobility"))
                    .andExpect(status().isFound());
        }
        mvc.perform(post("/budget/" + id + "/open").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound());
        return id;
    }

    static List<Long> projects(JdbcClient jdbc, long instance) {
        return jdbc.sql("""
                SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                WHERE b.tool_instance_id = :i ORDER BY p.position
                """).param("i", instance).query(Long.class).list();
    }

    static long initiativeOf(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    /** A token of the person with these scopes, made through the service the page uses. */
    static String token(ApiTokens tokens, Accounts accounts, String email, String... scopes) {
        var person = accounts.personByEmail(email).orElseThrow().asSignedIn();
        return tokens.create(person, new TokenForm("test " + String.join(" ", scopes), List.of(scopes), "30"))
                .token();
    }

    static String bearer(String token) {
        return "Bearer " + token;
    }

    /** The demo's first (or {@code nth}) instance of a tool in the demo initiative with this title. */
    static long instance(JdbcClient jdbc, String initiative, String tool, int nth) {
        return jdbc.sql("""
                        SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                        WHERE i.title = :title AND t.tool_id = :tool ORDER BY t.id
                        """)
                .param("title", initiative)
                .param("tool", tool)
                .query(Long.class)
                .list()
                .get(nth);
    }

    /** The demo survey whose results are published (in the public bicycle routes' initiative). */
    static long publishedSurvey(JdbcClient jdbc) {
        return jdbc.sql("""
                        SELECT s.tool_instance_id FROM survey s JOIN tool_instance t ON t.id = s.tool_instance_id
                        JOIN initiative i ON i.id = t.initiative_id
                        WHERE i.title = :title AND s.results_published = TRUE ORDER BY s.tool_instance_id
                        """)
                .param("title", BUDGET_INITIATIVE)
                .query(Long.class)
                .list()
                .get(0);
    }

    /** The demo vote in this initiative with this status (draft, open, closed). */
    static long vote(JdbcClient jdbc, String initiative, String status) {
        return jdbc.sql("""
                        SELECT v.tool_instance_id FROM vote v JOIN tool_instance t ON t.id = v.tool_instance_id
                        JOIN initiative i ON i.id = t.initiative_id
                        WHERE i.title = :title AND v.status = :status ORDER BY v.tool_instance_id
                        """)
                .param("title", initiative)
                .param("status", status)
                .query(Long.class)
                .list()
                .get(0);
    }
}
