package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * (Demo accounts speak Italian, so messages are checked in Italian.) The level of an initiative is fixed once it
 * exists, its status moves only as {@link Status#mayBecome} allows, and the typology never counts drafts.
 */
@InitiativesWebTest
class InitiativeLifecycleTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final String NOT_ALLOWED = "Questo cambio di stato non è consentito";
    private static final String LEVEL_FIXED = "Il livello di un’iniziativa non si può cambiare";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String email) {
        return request.with(csrf()).with(new Demo(users).as(email));
    }

    private long create(String title, String level) throws Exception {
        String location = mvc.perform(as(post("/initiatives"), Demo.PARKS_OFFICER)
                        .param("title", title)
                        .param("summary", "A summary")
                        .param("domain", "mobility")
                        .param("level", level)
                        .param("citizenRoles", "co-designer")
                        .param("objectives", "effectiveness"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private void addPhase(long id) throws Exception {
        mvc.perform(as(post("/initiatives/" + id + "/phases"), Demo.PARKS_OFFICER)
                        .param("phase", "co-design")
                        .param("start", TODAY.toString())
                        .param("end", TODAY.plusDays(10).toString()))
                .andExpect(status().isFound());
    }

    private ResultActions move(long id, String status) throws Exception {
        return mvc.perform(
                as(post("/initiatives/" + id + "/status"), Demo.PARKS_OFFICER).param("status", status));
    }

    private String statusOf(long id) {
        return jdbc.sql("SELECT status FROM initiative WHERE id = :id")
                .param("id", id)
                .query(String.class)
                .single();
    }

    private Map<String, Object> row(long id) {
        return jdbc.sql("SELECT title, summary, level FROM initiative WHERE id = :id")
                .param("id", id)
                .query()
                .singleRow();
    }

    private long idOf(String title) {
        return jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    /** A refused move answers 422 with the reason on the page, and leaves the status as it was. */
    private void refused(long id, String status, String message) throws Exception {
        String before = statusOf(id);
        move(id, status).andExpect(status().is(422)).andExpect(content().string(Matchers.containsString(message)));
        assertThat(statusOf(id)).as(before + " → " + status).isEqualTo(before);
    }

    private void allowed(long id, String status) throws Exception {
        move(id, status).andExpect(status().isFound());
        assertThat(statusOf(id)).isEqualTo(status);
    }

    @Test
    void theAllowedMovesAreExactlyTheseFive() {
        var allowed = new ArrayList<String>();
        for (Status from : Status.values()) {
            for (Status to : Status.values()) {
                if (from.mayBecome(to)) {
                    allowed.add(from.code() + "→" + to.code());
                }
            }
        }
        assertThat(allowed)
                .containsExactlyInAnyOrder(
                        "draft→open", "open→closed", "open→archived", "closed→open", "closed→archived");
    }

    @Test
    void eachStatusMovesOnlyWhereItMayAndNothingIsStoredOtherwise() throws Exception {
        long id = create("Lifecycle of an initiative", "collective");
        // A draft opens only with a phase, the same rule as publishing.
        refused(id, "open", "Aggiungi almeno una fase");
        mvc.perform(as(post("/initiatives/" + id + "/publish"), Demo.PARKS_OFFICER))
                .andExpect(status().is(422));
        refused(id, "closed", NOT_ALLOWED);
        refused(id, "archived", NOT_ALLOWED);
        refused(id, "draft", NOT_ALLOWED);
        refused(id, "bogus", "Scegli aperta, chiusa o archiviata");
        addPhase(id);
        allowed(id, "open");

        refused(id, "draft", NOT_ALLOWED);
        refused(id, "open", NOT_ALLOWED);
        mvc.perform(as(post("/initiatives/" + id + "/publish"), Demo.PARKS_OFFICER))
                .andExpect(status().is(422));
        allowed(id, "closed");
        refused(id, "closed", NOT_ALLOWED);
        refused(id, "draft", NOT_ALLOWED);
        allowed(id, "open"); // reopened
        allowed(id, "closed");
        allowed(id, "archived");

        for (String next : List.of("draft", "open", "closed", "archived")) {
            refused(id, next, NOT_ALLOWED);
        }
        mvc.perform(as(post("/initiatives/" + id + "/publish"), Demo.PARKS_OFFICER))
                .andExpect(status().is(422));
        assertThat(statusOf(id)).isEqualTo("archived");
        // The page offers no move from an archived initiative.
        mvc.perform(get("/initiatives/" + id).with(new Demo(users).as(Demo.PARKS_OFFICER)))
                .andExpect(content().string(Matchers.containsString("il suo stato non può più cambiare")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("/status\""))));

        long other = create("Archived while open", "collective");
        addPhase(other);
        allowed(other, "open");
        mvc.perform(get("/initiatives/" + other).with(new Demo(users).as(Demo.PARKS_OFFICER)))
                .andExpect(content().string(Matchers.containsString("<option value=\"closed\">")))
                .andExpect(content().string(Matchers.containsString("<option value=\"archived\">")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<option value=\"draft\">"))));
        allowed(other, "archived");
    }

    @Test
    void onlyFacilitatorsChangeTheStatus() throws Exception {
        People.ensure(jdbc);
        long id = idOf("Percorsi ciclabili del quartiere");
        for (String reader : List.of(Demo.CITIZEN, Demo.ADMIN, People.OTHER_CITIZEN)) {
            mvc.perform(as(post("/initiatives/" + id + "/status"), reader).param("status", "closed"))
                    .andExpect(status().isForbidden());
        }
        assertThat(statusOf(id)).isEqualTo("open");
    }

    private MockHttpServletRequestBuilder edit(long id, String facilitator, String title, String level) {
        var request = as(post("/initiatives/" + id + "/edit"), facilitator)
                .param("title", title)
                .param("summary", "Changed summary")
                .param("domain", "health")
                .param("citizenRoles", "co-designer")
                .param("objectives", "effectiveness");
        return level == null ? request : request.param("level", level);
    }

    @Test
    void theLevelCannotBeChangedByEditing() throws Exception {
        var cases = Map.of(
                "Piano personale di salute", Demo.SOCIAL_WORKER,
                "Scuola inclusiva", Demo.TEACHER);
        for (var c : cases.entrySet()) {
            long id = idOf(c.getKey());
            var before = row(id);
            long roles = count("SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :id", id);
            for (String level : List.of("collective", "group", "individual")) {
                if (level.equals(before.get("level"))) {
                    continue;
                }
                mvc.perform(edit(id, c.getValue(), "Now " + level, level))
                        .andExpect(status().is(422))
                        .andExpect(content().string(Matchers.containsString(LEVEL_FIXED)));
                assertThat(row(id)).as(c.getKey() + " → " + level).isEqualTo(before);
            }
            assertThat(count("SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :id", id))
                    .isEqualTo(roles);
            // The edit form shows the level without offering a choice.
            mvc.perform(get("/initiatives/" + id + "/edit").with(new Demo(users).as(c.getValue())))
                    .andExpect(status().isOk())
                    .andExpect(content()
                            .string(Matchers.containsString(
                                    "<input type=\"hidden\" name=\"level\" value=\"" + before.get("level") + "\">")))
                    .andExpect(content().string(Matchers.containsString("Il livello non si può cambiare")))
                    .andExpect(content().string(Matchers.not(Matchers.containsString("type=\"radio\""))));
        }
    }

    @Test
    void editingKeepsTheLevelWhenItIsSentUnchangedOrLeftOut() throws Exception {
        long id = create("Level kept", "group");
        mvc.perform(edit(id, Demo.PARKS_OFFICER, "Level kept, renamed", "group"))
                .andExpect(status().isFound());
        assertThat(row(id)).containsEntry("title", "Level kept, renamed").containsEntry("level", "group");
        mvc.perform(edit(id, Demo.PARKS_OFFICER, "Level kept, renamed again", null))
                .andExpect(status().isFound());
        assertThat(row(id)).containsEntry("title", "Level kept, renamed again").containsEntry("level", "group");
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private String typology(String query) throws Exception {
        return mvc.perform(get("/api/typology" + query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    @Test
    void theTypologyNeverCountsDraftsAndRefusesToFilterByThem() throws Exception {
        String before = typology("");
        String closedBefore = typology("?status=closed");
        long draft = create("A draft with a phase", "collective");
        addPhase(draft);
        assertThat(typology("")).isEqualTo(before);
        mvc.perform(get("/api/typology?status=draft"))
                .andExpect(status().isBadRequest())
                .andExpect(status().reason(Matchers.containsString("status")));
        mvc.perform(get("/typology?status=draft")).andExpect(status().isBadRequest());
        mvc.perform(get("/typology?status=draft").with(new Demo(users).as(Demo.PARKS_OFFICER)))
                .andExpect(status().isBadRequest());
        // The other statuses still filter; the page offers no draft filter.
        assertThat(typology("?status=closed")).isEqualTo(closedBefore);
        mvc.perform(get("/typology?status=open"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("<option value=\"draft\""))));
    }
}
