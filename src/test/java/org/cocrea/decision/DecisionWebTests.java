package org.cocrea.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.cocrea.platform.ToDoItem;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The decision pages and every refusal, on the demo and on decisions of their own: a proposal and its notification,
 * positions, a block or disagreement without reason, over-long reasons, a closing time in the past, a quorum out of
 * range, a revision that marks earlier positions and tells their authors, positions after the close, the outcome
 * and its review reminder (sent once by the clock), the personal home's items. A refusal answers 422 with the form
 * as typed and stores nothing; nothing answers 500.
 */
@WebTest
class DecisionWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DecisionClock clock;

    @Autowired
    DecisionToDo toDo;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private MockHttpServletRequestBuilder proposal(long id, String facilitator, String kind, String title) {
        return proposal(id, facilitator, kind, title, TestDecisions.inAWeek(), "50");
    }

    private MockHttpServletRequestBuilder proposal(
            long id, String facilitator, String kind, String title, String closesAt, String share) {
        return as(post("/decision/" + id), facilitator)
                .param("kind", kind)
                .param("title", title)
                .param("body", "Il **testo** della proposta")
                .param("quorumKind", "share")
                .param("quorumValue", share)
                .param("closesAt", closesAt);
    }

    /** A consent decision put by the teacher in a copy of the school's initiative; returns {instance, decision}. */
    private long[] school(String kind) throws Exception {
        long id = TestDecisions.newInstance(jdbc, TestDecisions.GROUP);
        mvc.perform(proposal(id, Demo.TEACHER, kind, "Orario di prova")).andExpect(status().isFound());
        return new long[] {id, TestDecisions.newest(jdbc, id)};
    }

    private static String path(long[] d) {
        return "/decision/" + d[0] + "/" + d[1];
    }

    private ResultActions position(long[] d, String who, String position, String reason) throws Exception {
        return mvc.perform(
                as(post(path(d) + "/position"), who).param("position", position).param("reason", reason));
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private String name(String email) {
        return jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                .param("e", email)
                .query(String.class)
                .single();
    }

    private long notifications(String kind, String link) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = :k AND link = :l")
                .param("k", kind)
                .param("l", link)
                .query(Long.class)
                .single();
    }

    private long notified(String kind, String link, String email) {
        return jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = :k AND link = :l AND person_id = :p")
                .param("k", kind)
                .param("l", link)
                .param("p", person(email))
                .query(Long.class)
                .single();
    }

    private String rows(long[] d) {
        return String.valueOf(jdbc.sql("SELECT title, body, revision, status, outcome FROM decision WHERE id = :d")
                        .param("d", d[1])
                        .query()
                        .listOfRows())
                + jdbc.sql("SELECT person_id, position, reason, revision FROM decision_position"
                                + " WHERE decision_id = :d ORDER BY person_id")
                        .param("d", d[1])
                        .query()
                        .listOfRows()
                + jdbc.sql("SELECT COUNT(*) FROM decision_position_change WHERE decision_id = :d")
                        .param("d", d[1])
                        .query(Long.class)
                        .single();
    }

    @Test
    void theDemoTimetableIsBlockedWithAReasonAndTheSenseCheckIsClosed() throws Exception {
        long decision = jdbc.sql("SELECT id FROM decision WHERE title = :t")
                .param("t", DecisionDemoData.TIMETABLE)
                .query(Long.class)
                .single();
        long instance = jdbc.sql("SELECT tool_instance_id FROM decision WHERE id = :d")
                .param("d", decision)
                .query(Long.class)
                .single();
        mvc.perform(get("/decision/" + instance).with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(DecisionDemoData.TIMETABLE)))
                .andExpect(content().string(containsString(DecisionDemoData.SENSE)));
        mvc.perform(get("/decision/" + instance + "/" + decision).with(demo.as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Il martedì alle 14 molti bambini")))
                // "Per ora è bloccata." while open; the crawling nets, sharing this database, may close it.
                .andExpect(content().string(containsString("bloccata.")))
                .andExpect(content().string(containsString("<svg role=\"img\"")))
                .andExpect(content().string(containsString("id=\"counts\"")))
                // Members read who took which position.
                .andExpect(content().string(containsString(name(Demo.PARENT))));
        long sense = jdbc.sql("SELECT id FROM decision WHERE title = :t")
                .param("t", DecisionDemoData.SENSE)
                .query(Long.class)
                .single();
        mvc.perform(get("/decision/" + instance + "/" + sense).with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Chiusa il")))
                .andExpect(content().string(containsString("Incerto")))
                .andExpect(content()
                        .string(not(containsString("action=\"/decision/" + instance + "/" + sense + "/position\""))));
        // The calm room was agreed and closed: its outcome waits on the teacher's home, with the form on its page.
        assertThat(toDo.forPerson(person(Demo.TEACHER)))
                .filteredOn(i -> i.kind().equals("outcome"))
                .extracting(i -> i.args().get(0))
                .contains(DecisionDemoData.CALM_ROOM);
        long calm = jdbc.sql("SELECT id FROM decision WHERE title = :t")
                .param("t", DecisionDemoData.CALM_ROOM)
                .query(Long.class)
                .single();
        mvc.perform(get("/decision/" + instance + "/" + calm).with(demo.as(Demo.TEACHER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/outcome\"")))
                .andExpect(content().string(containsString("Approvata")));
        // Not for anyone outside the group.
        mvc.perform(get("/decision/" + instance + "/" + decision)).andExpect(status().isNotFound());
        mvc.perform(get("/decision/" + instance + "/" + decision).with(demo.as(Demo.ADMIN)))
                .andExpect(status().isNotFound());
    }

    @Test
    void aProposalIsPutAndTheMembersAreTold() throws Exception {
        var d = school("consent");
        assertThat(notified("decision-proposed", path(d), Demo.PARENT)).isEqualTo(1);
        assertThat(notified("decision-proposed", path(d), Demo.TEACHER))
                .as("not the one who put it")
                .isZero();
        mvc.perform(get(path(d)).with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<strong>testo</strong>")))
                .andExpect(content().string(containsString("Per ora il quorum non è raggiunto.")));
        // The personal home: the parent has a position to take, the teacher (who has none either) too.
        assertThat(toDo.forPerson(person(Demo.PARENT)))
                .extracting(ToDoItem::link)
                .contains(path(d));
        position(d, Demo.PARENT, "agree", "").andExpect(status().isFound());
        assertThat(toDo.forPerson(person(Demo.PARENT)))
                .extracting(ToDoItem::link)
                .doesNotContain(path(d));
        position(d, Demo.PARENT, "abstain", "Non ho figli in quella classe").andExpect(status().isFound());
        assertThat(rows(d)).contains("position=abstain").endsWith("2");
    }

    @Test
    void aProposalThatBreaksARuleIsRefusedWithNothingStored() throws Exception {
        long id = TestDecisions.newInstance(jdbc, TestDecisions.GROUP);
        String past = LocalDateTime.now(ZoneId.of("Europe/Rome"))
                .minusHours(1)
                .withSecond(0)
                .withNano(0)
                .toString();
        String hostile = "<script>alert('x')</script>";
        mvc.perform(proposal(id, Demo.TEACHER, "consent", hostile, past, "50"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("L’ora di chiusura è già passata")))
                .andExpect(content().string(containsString("value=\"&lt;script>alert(")))
                .andExpect(content().string(not(containsString(hostile))));
        mvc.perform(proposal(id, Demo.TEACHER, "consent", "T", TestDecisions.inAWeek(), "101"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("tra 1 e 100 per cento")));
        // Two people may take a position in the school: a quorum of three could never be reached.
        mvc.perform(as(post("/decision/" + id), Demo.TEACHER)
                        .param("kind", "consent")
                        .param("title", "T")
                        .param("body", "B")
                        .param("quorumKind", "count")
                        .param("quorumValue", "3")
                        .param("closesAt", TestDecisions.inAWeek()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("tra 1 e 2")));
        mvc.perform(proposal(id, Demo.TEACHER, "consent", "x".repeat(1_000_000)))
                .andExpect(status().is(422));
        mvc.perform(proposal(id, Demo.TEACHER, "veto", "T")).andExpect(status().is(422));
        mvc.perform(as(post("/decision/" + id), Demo.TEACHER)).andExpect(status().is(422));
        mvc.perform(proposal(id, Demo.PARENT, "consent", "T")).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM decision WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void aBlockOrADisagreementNeedsAReasonAndReasonsHaveALimit() throws Exception {
        var d = school("consent");
        String before = rows(d);
        position(d, Demo.PARENT, "block", "  ")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Spiega perché blocchi")));
        position(d, Demo.PARENT, "disagree", "")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Spiega perché sei contrario")));
        position(d, Demo.PARENT, "agree", "x".repeat(2001))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("al massimo 2.000 caratteri")));
        position(d, Demo.PARENT, "unsure", "").andExpect(status().is(422));
        position(d, Demo.PARENT, "' OR 1=1 --", "").andExpect(status().is(422));
        mvc.perform(as(post(path(d) + "/position"), Demo.PARENT)).andExpect(status().is(422));
        assertThat(rows(d)).isEqualTo(before);

        position(d, Demo.PARENT, "block", "<b>Il martedì no</b>").andExpect(status().isFound());
        mvc.perform(get(path(d)).with(demo.as(Demo.TEACHER)))
                .andExpect(content().string(containsString("&lt;b&gt;Il martedì no&lt;/b&gt;")))
                .andExpect(content().string(containsString("Per ora è bloccata.")));
    }

    @Test
    void aRevisionKeepsTheOldTextMarksEarlierPositionsAndTellsTheirAuthors() throws Exception {
        var d = school("consent");
        position(d, Demo.PARENT, "block", "Il martedì no").andExpect(status().isFound());
        mvc.perform(as(post(path(d) + "/revise"), Demo.TEACHER)
                        .param("revision", "1")
                        .param("title", "Orario rivisto")
                        .param("body", "Giovedì alle 14")
                        .param("note", "Spostato al giovedì"))
                .andExpect(status().isFound());
        assertThat(notified("decision-revised", path(d), Demo.PARENT)).isEqualTo(1);
        assertThat(notified("decision-revised", path(d), Demo.TEACHER)).isZero();
        mvc.perform(get(path(d)).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("Giovedì alle 14")))
                .andExpect(content().string(containsString("Versioni precedenti")))
                .andExpect(content().string(containsString("Il <strong>testo</strong> della proposta")))
                .andExpect(content().string(containsString("Che cosa è cambiato: Spostato al giovedì")))
                .andExpect(content().string(containsString("presa sulla versione 1")))
                .andExpect(content().string(containsString("Hai preso posizione sulla versione 1")));
        // A revision made from a text that changed since is refused, and so is one without its note.
        String before = rows(d);
        mvc.perform(as(post(path(d) + "/revise"), Demo.TEACHER)
                        .param("revision", "1")
                        .param("title", "Stale")
                        .param("body", "x")
                        .param("note", "x"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("versione 2")));
        mvc.perform(as(post(path(d) + "/revise"), Demo.TEACHER)
                        .param("revision", "2")
                        .param("title", "T")
                        .param("body", "x")
                        .param("note", ""))
                .andExpect(status().is(422));
        assertThat(rows(d)).isEqualTo(before);
        // Agreed after the change.
        position(d, Demo.PARENT, "agree", "").andExpect(status().isFound());
        position(d, Demo.TEACHER, "agree", "").andExpect(status().isFound());
        mvc.perform(get(path(d)).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("Per ora passerebbe.")))
                .andExpect(content().string(containsString("Storia delle posizioni")));
    }

    @Test
    void afterTheCloseNoPositionOrRevisionAndTheOutcomeIsWrittenOnce() throws Exception {
        var d = school("consent");
        position(d, Demo.PARENT, "agree", "").andExpect(status().isFound());
        String review = LocalDate.now(ZoneId.of("Europe/Rome")).plusMonths(3).toString();
        mvc.perform(as(post(path(d) + "/outcome"), Demo.TEACHER)
                        .param("outcome", "Approvato")
                        .param("reviewOn", review))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("ancora aperta")));
        mvc.perform(as(post(path(d) + "/close"), Demo.TEACHER)).andExpect(status().isFound());
        String closed = rows(d);
        position(d, Demo.PARENT, "block", "Troppo tardi")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Questa decisione è chiusa")));
        mvc.perform(as(post(path(d) + "/revise"), Demo.TEACHER)
                        .param("revision", "1")
                        .param("title", "T")
                        .param("body", "x")
                        .param("note", "x"))
                .andExpect(status().is(422));
        mvc.perform(as(post(path(d) + "/close"), Demo.TEACHER)).andExpect(status().is(422));
        mvc.perform(as(post(path(d) + "/outcome"), Demo.TEACHER)
                        .param("outcome", "Approvato")
                        .param("reviewOn", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("dopo oggi")));
        assertThat(rows(d)).isEqualTo(closed);
        mvc.perform(get(path(d)).with(demo.as(Demo.TEACHER)))
                // Half of the two members took a position and nobody blocked.
                .andExpect(content()
                        .string(containsString("Approvata: il quorum è stato raggiunto e nessuno ha bloccato.")));
        mvc.perform(as(post(path(d) + "/outcome"), Demo.TEACHER)
                        .param("outcome", "Si riprova a gennaio")
                        .param("reviewOn", review))
                .andExpect(status().isFound());
        assertThat(notifications("decision-outcome", path(d))).isEqualTo(2);
        mvc.perform(as(post(path(d) + "/outcome"), Demo.TEACHER)
                        .param("outcome", "Ancora")
                        .param("reviewOn", review))
                .andExpect(status().is(422));
        mvc.perform(get(path(d)).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("Si riprova a gennaio")))
                .andExpect(content().string(containsString("Da rivedere il")));
    }

    @Test
    void aSenseCheckHasNoQuorumNoReasonsRequiredAndNoOutcome() throws Exception {
        var d = school("sense");
        position(d, Demo.PARENT, "disagree", "").andExpect(status().isFound());
        position(d, Demo.PARENT, "block", "x").andExpect(status().is(422));
        mvc.perform(get(path(d)).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("Un sondaggio veloce: mostra")))
                .andExpect(content().string(not(containsString("Quorum"))));
        mvc.perform(as(post(path(d) + "/close"), Demo.TEACHER)).andExpect(status().isFound());
        mvc.perform(as(post(path(d) + "/outcome"), Demo.TEACHER)
                        .param("outcome", "x")
                        .param("reviewOn", LocalDate.now().plusDays(30).toString()))
                .andExpect(status().is(422));
    }

    @Test
    void theClockClosesDueDecisionsAndRemindsOnTheReviewDateOnce() throws Exception {
        var d = school("consent");
        position(d, Demo.PARENT, "agree", "").andExpect(status().isFound());
        jdbc.sql("UPDATE decision SET closes_at = CURRENT_TIMESTAMP - INTERVAL '1' MINUTE WHERE id = :d")
                .param("d", d[1])
                .update();
        // Past its time, before the clock: no more positions, and it waits for its outcome at the teacher's home.
        position(d, Demo.TEACHER, "agree", "").andExpect(status().is(422));
        assertThat(toDo.forPerson(person(Demo.TEACHER)))
                .filteredOn(i -> i.link().equals(path(d)))
                .extracting(ToDoItem::kind)
                .containsExactly("outcome");
        clock.run();
        assertThat(jdbc.sql("SELECT status, members_at_close FROM decision WHERE id = :d")
                        .param("d", d[1])
                        .query()
                        .listOfRows()
                        .toString())
                .isEqualTo("[{status=closed, members_at_close=2}]");
        mvc.perform(as(post(path(d) + "/outcome"), Demo.TEACHER)
                        .param("outcome", "Approvato")
                        .param(
                                "reviewOn",
                                LocalDate.now(ZoneId.of("Europe/Rome"))
                                        .plusDays(1)
                                        .toString()))
                .andExpect(status().isFound());
        jdbc.sql("UPDATE decision SET review_on = review_on - 1 WHERE id = :d")
                .param("d", d[1])
                .update();
        clock.run();
        clock.run();
        assertThat(notifications("decision-review", path(d)))
                .as("one reminder for each of the two members")
                .isEqualTo(2);
        assertThat(notified("decision-review", path(d), Demo.TEACHER)).isEqualTo(1);
    }

    @Test
    void visitorsOfAPublicInitiativeReadCountsAndReasonsWithoutNames() throws Exception {
        long id = TestDecisions.newInstance(jdbc, TestDecisions.COLLECTIVE);
        mvc.perform(proposal(id, Demo.PARKS_OFFICER, "consent", "Pista in via Roma"))
                .andExpect(status().isFound());
        long[] d = {id, TestDecisions.newest(jdbc, id)};
        // Every other member of the initiative is told, however many the demo gives it.
        long others = jdbc.sql("""
                        SELECT COUNT(*) FROM initiative_member m JOIN app_user u ON u.id = m.person_id
                        WHERE m.initiative_id = (SELECT initiative_id FROM tool_instance WHERE id = :i)
                            AND u.email <> :proposer AND u.deleted_at IS NULL
                        """)
                .param("i", id)
                .param("proposer", Demo.PARKS_OFFICER)
                .query(Long.class)
                .single();
        assertThat(others).isGreaterThanOrEqualTo(2);
        assertThat(notifications("decision-proposed", path(d))).isEqualTo(others);
        position(d, Demo.CITIZEN, "disagree", "Meglio in via Verdi").andExpect(status().isFound());
        String name = name(Demo.CITIZEN);
        mvc.perform(get(path(d)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Meglio in via Verdi")))
                .andExpect(content().string(containsString("Un membro")))
                .andExpect(content().string(not(containsString(name))));
        mvc.perform(get(path(d)).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/decision/" + id + "/999999999")).andExpect(status().isNotFound());
        mvc.perform(get("/decision/" + id + "/" + d[1] + "0")).andExpect(status().isNotFound());
    }
}
