package org.cocrea.comments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * The comments component on the initiative page and on a tool's item (an idea), each test on a copy of the demo's
 * collective initiative ("Percorsi ciclabili": the parks officer facilitates, the volunteer and the citizen are
 * members, the parent reads it as anyone may).
 */
@WebTest
class CommentsWebTest {
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

    private <B extends AbstractMockHttpServletRequestBuilder<B>> B as(B request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private long count(String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }

    private String name(String email) {
        return jdbc.sql("SELECT name FROM app_user WHERE email = ?")
                .param(email)
                .query(String.class)
                .single();
    }

    private long person(String email) {
        return count("SELECT id FROM app_user WHERE email = ?", email);
    }

    /** Posts a comment on the initiative page as {@code who}; returns its id. */
    private long comment(long initiative, String who, String body, Long parent) throws Exception {
        var request = as(post("/comments/initiative/" + initiative), who)
                .param("body", body)
                .param("back", "/initiatives/" + initiative);
        if (parent != null) {
            request.param("parent", String.valueOf(parent));
        }
        mvc.perform(request).andExpect(status().isFound());
        return count("SELECT MAX(id) FROM comment WHERE target_kind = 'initiative' AND target_id = ?", initiative);
    }

    @Test
    void theInitiativePageHasAThreadWithOneLevelOfReplies() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        mvc.perform(as(post("/comments/initiative/" + initiative), Demo.VOLUNTEER)
                        .param("body", "Partiamo da via Roma? <script>alert(1)</script>")
                        .param("back", "/initiatives/" + initiative))
                .andExpect(status().isFound());
        long top = count("SELECT MAX(id) FROM comment WHERE target_id = ? AND target_kind = 'initiative'", initiative);
        mvc.perform(as(post("/comments/initiative/" + initiative), Demo.CITIZEN)
                        .param("body", "Sì, da lì")
                        .param("parent", String.valueOf(top))
                        .param("back", "/initiatives/" + initiative))
                .andExpect(redirectedUrl("/initiatives/" + initiative + "#comment-" + (top + 1)));
        long reply = top + 1;
        // No third level, and no parent from another thread.
        mvc.perform(as(post("/comments/initiative/" + initiative), Demo.VOLUNTEER)
                        .param("body", "Risposta alla risposta")
                        .param("parent", String.valueOf(reply)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Puoi rispondere solo a un commento di questa pagina")))
                .andExpect(content().string(containsString("Risposta alla risposta")));
        long elsewhere = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        long foreign = comment(elsewhere, Demo.VOLUNTEER, "Altrove", null);
        mvc.perform(as(post("/comments/initiative/" + initiative), Demo.VOLUNTEER)
                        .param("body", "Fuori posto")
                        .param("parent", String.valueOf(foreign)))
                .andExpect(status().is(422));
        // A hostile "back" is not followed.
        mvc.perform(as(post("/comments/initiative/" + initiative), Demo.VOLUNTEER)
                        .param("body", "Ancora")
                        .param("back", "//evil.example.org/x"))
                .andExpect(redirectedUrlPattern("/initiatives/" + initiative + "#comment-*"));
        assertThat(count("SELECT COUNT(*) FROM comment WHERE target_id = ? AND target_kind = 'initiative'", initiative))
                .isEqualTo(3);
        // The initiative page shows the thread through htmx, with a link to the thread's own page without it.
        mvc.perform(get("/initiatives/" + initiative))
                .andExpect(content().string(containsString("hx-get=\"/comments/initiative/" + initiative + "\"")))
                .andExpect(content().string(containsString("<a href=\"/comments/initiative/" + initiative + "\">")));
        mvc.perform(get("/comments/initiative/" + initiative))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("class=\"comment reply\" id=\"comment-" + reply + "\"")))
                .andExpect(content().string(containsString("Partiamo da via Roma?")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                // a visitor reads, and is offered to sign in rather than a form
                .andExpect(content().string(containsString("Accedi per commentare")))
                .andExpect(content().string(not(containsString("action=\"/comments/initiative/" + initiative + "\""))));
        // A reader who is not a member reads the thread but may not write in it.
        mvc.perform(as(post("/comments/initiative/" + initiative), Demo.PARENT).param("body", "Io no"))
                .andExpect(status().isForbidden());
    }

    @Test
    void badBodiesAreRefusedAndNothingIsStored() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        for (String body : new String[] {"", "   ", "x".repeat(5_001), "nul\u0000byte", "bell\u0007"}) {
            mvc.perform(as(post("/comments/initiative/" + initiative), Demo.VOLUNTEER)
                            .param("body", body))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("Scrivi un commento di al massimo 5.000 caratteri")));
        }
        assertThat(count("SELECT COUNT(*) FROM comment WHERE target_id = ? AND target_kind = 'initiative'", initiative))
                .isZero();
    }

    @Test
    void aMentionNotifiesTheMemberAndNobodyOutside() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        String citizen = name(Demo.CITIZEN);
        String parent = name(Demo.PARENT);
        long beforeParent = count("SELECT COUNT(*) FROM notification WHERE person_id = ?", person(Demo.PARENT));
        long beforeAdmin = count("SELECT COUNT(*) FROM notification WHERE person_id = ?", person(Demo.ADMIN));
        // The writer is offered the members to mention, and only them.
        mvc.perform(as(get("/comments/initiative/" + initiative), Demo.VOLUNTEER))
                .andExpect(content().string(containsString("<code>@" + citizen + "</code>")))
                .andExpect(content().string(not(containsString("<code>@" + parent + "</code>"))));
        long id = comment(
                initiative,
                Demo.VOLUNTEER,
                "Ne parliamo con @" + citizen + ", @" + parent + " e @" + name(Demo.ADMIN) + "?",
                null);
        assertThat(count(
                        "SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = 'mention' AND link = ?",
                        person(Demo.CITIZEN),
                        "/initiatives/" + initiative + "#comment-" + id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE person_id = ?", person(Demo.PARENT)))
                .as("a reader who is not a member is not notified")
                .isEqualTo(beforeParent);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE person_id = ?", person(Demo.ADMIN)))
                .isEqualTo(beforeAdmin);
        // Mentioning oneself notifies nobody.
        long self = count("SELECT COUNT(*) FROM notification WHERE person_id = ?", person(Demo.VOLUNTEER));
        comment(initiative, Demo.VOLUNTEER, "Lo dico io, @" + name(Demo.VOLUNTEER), null);
        assertThat(count("SELECT COUNT(*) FROM notification WHERE person_id = ?", person(Demo.VOLUNTEER)))
                .isEqualTo(self);
    }

    @Test
    void theAuthorEditsWithinFifteenMinutesAndNotAfter() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        long id = comment(initiative, Demo.VOLUNTEER, "Prima versione", null);
        String page = "/comments/initiative/" + initiative;
        mvc.perform(as(get(page + "?edit-comment=" + id), Demo.VOLUNTEER))
                .andExpect(content().string(containsString("action=\"/comments/" + id + "/edit\"")));
        mvc.perform(as(get(page + "?edit-comment=" + id), Demo.CITIZEN))
                .andExpect(content().string(not(containsString("action=\"/comments/" + id + "/edit\""))));
        mvc.perform(as(post("/comments/" + id + "/edit"), Demo.CITIZEN).param("body", "Non mio"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/comments/" + id + "/edit"), Demo.VOLUNTEER)
                        .param("body", "Seconda versione")
                        .param("back", page))
                .andExpect(redirectedUrl(page + "#comment-" + id));
        mvc.perform(get(page))
                .andExpect(content().string(containsString("Seconda versione")))
                .andExpect(content().string(containsString("class=\"comment-edited\"")));
        // Sixteen minutes later, the same change is refused and nothing changes.
        jdbc.sql("UPDATE comment SET created_at = created_at - INTERVAL '16' MINUTE, edited_at = NULL WHERE id = ?")
                .param(id)
                .update();
        mvc.perform(as(post("/comments/" + id + "/edit"), Demo.VOLUNTEER).param("body", "Terza versione"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("solo entro 15 minuti")));
        assertThat(count("SELECT COUNT(*) FROM comment WHERE id = ? AND body = 'Seconda versione'", id))
                .isEqualTo(1);
    }

    @Test
    void reportsHideACommentUntilAFacilitatorDecides() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        TestIdeas.outsiders(jdbc);
        long id = comment(initiative, Demo.VOLUNTEER, "Un commento fuori luogo", null);
        String page = "/comments/initiative/" + initiative;
        mvc.perform(as(post("/comments/" + id + "/report"), Demo.VOLUNTEER).param("reason", "mio"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post("/comments/" + id + "/report"), Demo.CITIZEN).param("reason", ""))
                .andExpect(status().is(422));
        for (String who : new String[] {Demo.CITIZEN, Demo.PARENT}) {
            mvc.perform(as(post("/comments/" + id + "/report"), who)
                            .param("reason", "Offensivo")
                            .param("back", page))
                    .andExpect(status().isFound());
        }
        mvc.perform(as(post("/comments/" + id + "/report"), Demo.CITIZEN).param("reason", "Ancora"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Hai già segnalato questo commento")));
        assertThat(count("SELECT COUNT(*) FROM comment WHERE id = ? AND moderation = 'none'", id))
                .isEqualTo(1);
        mvc.perform(as(get("/admin/moderation"), Demo.ADMIN))
                .andExpect(content().string(containsString("/comments/initiative/" + initiative + "#comment-" + id)))
                .andExpect(content().string(containsString("Commento segnalato 2 volte, ancora visibile")));
        mvc.perform(as(post("/comments/" + id + "/report"), TestIdeas.OTHER_CITIZEN)
                        .param("reason", "Davvero"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM comment WHERE id = ? AND moderation = 'pending'", id))
                .isEqualTo(1);
        mvc.perform(get(page)).andExpect(content().string(not(containsString("Un commento fuori luogo"))));
        mvc.perform(as(get(page), Demo.VOLUNTEER))
                .andExpect(content().string(containsString("Un commento fuori luogo")));
        mvc.perform(as(get(page), Demo.PARKS_OFFICER))
                .andExpect(content().string(containsString("Un commento fuori luogo")))
                .andExpect(content().string(containsString("Nascosto dopo alcune segnalazioni")));
        // Only facilitators decide; the hidden comment is unknown to the others.
        mvc.perform(as(post("/comments/" + id + "/moderate"), Demo.CITIZEN).param("action", "restore"))
                .andExpect(status().isNotFound());
        mvc.perform(as(post("/comments/" + id + "/moderate"), Demo.PARKS_OFFICER)
                        .param("action", "restore")
                        .param("back", page))
                .andExpect(redirectedUrl(page + "#comment-" + id));
        mvc.perform(get(page)).andExpect(content().string(containsString("Un commento fuori luogo")));
        mvc.perform(as(get("/admin/moderation"), Demo.ADMIN))
                .andExpect(content().string(not(containsString("#comment-" + id + "\""))));
        mvc.perform(as(post("/comments/" + id + "/moderate"), Demo.PARKS_OFFICER)
                        .param("action", "hide"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM comment WHERE id = ? AND moderation = 'hidden'", id))
                .isEqualTo(1);
    }

    @Test
    void threeOrders() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        long first = comment(initiative, Demo.VOLUNTEER, "Primo commento", null);
        long second = comment(initiative, Demo.CITIZEN, "Secondo commento", null);
        long third = comment(initiative, Demo.VOLUNTEER, "Terzo commento", null);
        comment(initiative, Demo.CITIZEN, "Risposta al secondo", second);
        comment(initiative, Demo.VOLUNTEER, "Altra risposta al secondo", second);
        comment(initiative, Demo.CITIZEN, "Risposta al terzo", third);
        jdbc.sql("UPDATE comment SET created_at = created_at + (id - ?) * INTERVAL '1' SECOND WHERE target_id = ?"
                        + " AND target_kind = 'initiative'")
                .param(first)
                .param(initiative)
                .update();
        String page = "/comments/initiative/" + initiative;
        assertThat(order(page)).containsExactly("Primo", "Secondo", "Terzo");
        assertThat(order(page + "?comments=oldest")).containsExactly("Primo", "Secondo", "Terzo");
        assertThat(order(page + "?comments=newest")).containsExactly("Terzo", "Secondo", "Primo");
        assertThat(order(page + "?comments=replied")).containsExactly("Secondo", "Terzo", "Primo");
        mvc.perform(get(page + "?comments=newest"))
                .andExpect(content().string(containsString("<strong aria-current=\"true\">Dal più recente</strong>")));
    }

    private java.util.List<String> order(String page) throws Exception {
        String html = mvc.perform(get(page)).andReturn().getResponse().getContentAsString();
        var found = new java.util.ArrayList<String>();
        var m = java.util.regex.Pattern.compile("<p>(Primo|Secondo|Terzo) commento</p>")
                .matcher(html);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void facilitatorsSwitchCommentsOffForAToolInstanceAndOn() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        long idea = TestIdeas.idea(jdbc, tool, "Con commenti", "open", null);
        String thread = "/comments/tool/" + tool + "/idea/" + idea;
        String page = "/ideas/" + tool + "/" + idea;
        mvc.perform(as(post(thread + "/switch"), Demo.CITIZEN).param("open", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post(thread + "/switch"), Demo.PARKS_OFFICER)
                        .param("open", "false")
                        .param("back", page))
                .andExpect(redirectedUrl(page + "#comments-idea-" + idea));
        mvc.perform(as(get(page), Demo.CITIZEN))
                .andExpect(content().string(containsString("Qui i commenti sono disattivati")))
                .andExpect(content().string(not(containsString("action=\"" + thread + "\""))));
        mvc.perform(as(post(thread), Demo.CITIZEN).param("body", "Chiuso?")).andExpect(status().isForbidden());
        // Another instance of the same initiative keeps its comments.
        long other =
                TestIdeas.addTool(jdbc, count("SELECT initiative_id FROM tool_instance WHERE id = ?", tool), "updates");
        mvc.perform(as(post("/comments/tool/" + other + "/updates/" + other), Demo.CITIZEN)
                        .param("body", "Aperto")
                        .param("back", "/updates/" + other))
                .andExpect(redirectedUrl("/updates/" + other + "#comment-"
                        + count("SELECT MAX(id) FROM comment WHERE tool_instance_id = ?", other)));
        mvc.perform(get("/updates/" + other)).andExpect(content().string(containsString("Aperto")));
        mvc.perform(as(post(thread + "/switch"), Demo.PARKS_OFFICER).param("open", "true"))
                .andExpect(status().isFound());
        mvc.perform(as(post(thread), Demo.CITIZEN).param("body", "Riaperto").param("back", page))
                .andExpect(status().isFound());
        mvc.perform(get(page)).andExpect(content().string(containsString("Riaperto")));
        // The list counts the idea's comments.
        mvc.perform(get("/ideas/" + tool)).andExpect(content().string(containsString("1 commento")));
    }

    @Test
    void aThreadIsOnlyAboutAnItemTheToolSaysThePersonMayRead() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        long idea = TestIdeas.idea(jdbc, tool, "Nascosta", "open", null);
        long elsewhere =
                TestIdeas.idea(jdbc, TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE), "Altrove", "open", null);
        jdbc.sql("UPDATE idea SET moderation = 'hidden' WHERE id = ?")
                .param(idea)
                .update();
        long before = count("SELECT COUNT(*) FROM comment");
        // (The citizen wrote them; the volunteer, a member, is not their author.) A hidden proposal, one of another
        // instance, one that does not exist, an unknown kind, and the updates
        // kind on a proposals tool: each "not found", to read and to write, and nothing stored.
        for (String thread : java.util.List.of(
                "/comments/tool/" + tool + "/idea/" + idea,
                "/comments/tool/" + tool + "/idea/" + elsewhere,
                "/comments/tool/" + tool + "/idea/999999999",
                "/comments/tool/" + tool + "/feature/" + idea,
                "/comments/tool/" + tool + "/updates/" + tool)) {
            mvc.perform(as(get(thread), Demo.VOLUNTEER)).andExpect(status().isNotFound());
            mvc.perform(as(post(thread), Demo.VOLUNTEER).param("body", "Per sbaglio"))
                    .andExpect(status().isNotFound());
        }
        assertThat(count("SELECT COUNT(*) FROM comment")).isEqualTo(before);
        // The facilitator, who may read the hidden proposal, still reaches its thread.
        mvc.perform(as(get("/comments/tool/" + tool + "/idea/" + idea), Demo.PARKS_OFFICER))
                .andExpect(status().isOk());
    }

    @Test
    void theInitiativePagesThreadIsSwitchedOffByItsFacilitators() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        String thread = "/comments/initiative/" + initiative;
        mvc.perform(as(post(thread + "/switch"), Demo.VOLUNTEER).param("open", "false"))
                .andExpect(status().isForbidden());
        mvc.perform(as(post(thread + "/switch"), Demo.PARKS_OFFICER).param("open", "false"))
                .andExpect(status().isFound());
        mvc.perform(as(post(thread), Demo.VOLUNTEER).param("body", "Chiuso?")).andExpect(status().isForbidden());
        mvc.perform(as(post(thread + "/switch"), Demo.PARKS_OFFICER).param("open", "maybe"))
                .andExpect(status().is(422));
        mvc.perform(as(post(thread + "/switch"), Demo.PARKS_OFFICER).param("open", "true"))
                .andExpect(status().isFound());
        comment(initiative, Demo.VOLUNTEER, "Di nuovo aperto", null);
    }

    @Test
    void aRefusalWithHtmxAnswersTheThreadToSwapInPlace() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        mvc.perform(as(post("/comments/initiative/" + initiative), Demo.VOLUNTEER)
                        .header("HX-Request", "true")
                        .param("body", ""))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"comments-initiative-" + initiative + "\"")));
    }
}
