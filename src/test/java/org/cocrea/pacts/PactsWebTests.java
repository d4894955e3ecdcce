package org.cocrea.pacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.ledger.ContributionRecorded;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

/**
 * The pacts' pages and every refusal, on the demo and on pacts of their own: the whole life (a citizen proposes, sends,
 * the officer approves, both sign, the pact is active, the citizen reports with hours and a photo, the ledger event
 * is published, the register and its map show it), a complex pact's act, a signature on a changed text, an edit
 * that breaks earlier signatures, dates ending before the start, hostile text, photos with wrong magic bytes or too
 * large, the personal home's item and the delivery work. A refusal answers 422 and stores nothing.
 */
@WebTest
@RecordApplicationEvents
class PactsWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PactsToDo toDo;

    @Autowired
    PactsDeliveryWork work;

    @Autowired
    ApplicationEvents events;

    Demo demo;
    long citizen;
    long officer;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
        citizen = TestPacts.person(jdbc, Demo.CITIZEN);
        officer = TestPacts.person(jdbc, Demo.PARKS_OFFICER);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private MockMultipartHttpServletRequestBuilder upload(String url, String who) {
        var request = multipart(url);
        request.with(csrf()).with(demo.as(who));
        return request;
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    /** A proposed pact by the citizen in a new instance; returns {instance, pact}. */
    private long[] proposed() throws Exception {
        long id = TestPacts.newInstance(jdbc, TestPacts.COLLECTIVE);
        mvc.perform(TestPacts.form(as(post("/pacts/" + id), Demo.CITIZEN), "Cura del fiume", citizen, officer))
                .andExpect(status().isFound());
        long pact = TestPacts.newest(jdbc, id);
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("draft");
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/submit"), Demo.CITIZEN))
                .andExpect(status().isFound());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("proposed");
        return new long[] {id, pact};
    }

    private void sign(long id, long pact, String who) throws Exception {
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/sign"), who).param("sha256", TestPacts.sha(jdbc, pact)))
                .andExpect(status().isFound());
    }

    @Test
    void theDemoRegisterShowsTheActiveRiverPact() throws Exception {
        long instance = jdbc.sql("SELECT tool_instance_id FROM pact WHERE title = :t")
                .param("t", PactsDemoData.TITLE)
                .query(Long.class)
                .single();
        mvc.perform(get("/pacts/" + instance))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PactsDemoData.TITLE)))
                .andExpect(content().string(containsString(PactsDemoData.ASSOCIATION)));
        mvc.perform(get("/pacts").param("state", "active").param("kind", "bike-route"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(PactsDemoData.TITLE)));
        mvc.perform(get("/pacts").param("kind", "square"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(PactsDemoData.TITLE))));
        mvc.perform(get("/pacts/map.geojson"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("\"LineString\"")))
                .andExpect(content().string(containsString(PactsDemoData.TITLE)));
        long pact = jdbc.sql("SELECT id FROM pact WHERE title = :t")
                .param("t", PactsDemoData.TITLE)
                .query(Long.class)
                .single();
        mvc.perform(get("/pacts/" + instance + "/" + pact))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("la firma corrisponde al testo")))
                .andExpect(content().string(containsString("Ore rendicontate in tutto: 68,5")));
        mvc.perform(get("/pacts/" + instance + "/" + pact + "/pact.pdf"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"));
        assertThat(work
                        .inInitiative(jdbc.sql("SELECT initiative_id FROM pact WHERE id = :p")
                                .param("p", pact)
                                .query(Long.class)
                                .single())
                        .stream()
                        .map(w -> w.title()))
                .contains(PactsDemoData.TITLE);
        assertThat(work.byIds(List.of(pact))).singleElement().satisfies(w -> {
            assertThat(w.toolId()).isEqualTo("pacts");
            assertThat(w.path()).isEqualTo("/pacts/" + instance + "/" + pact);
        });
    }

    @Test
    void aCitizenProposesTheOfficerApprovesBothSignAndTheCitizenReports() throws Exception {
        var p = proposed();
        long id = p[0];
        long pact = p[1];
        // the personal home asks both parties for a signature
        assertThat(toDo.forPerson(citizen)).anyMatch(t -> t.link().equals("/pacts/" + id + "/" + pact));
        assertThat(toDo.forPerson(officer)).anyMatch(t -> t.link().equals("/pacts/" + id + "/" + pact));
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/approve"), Demo.PARKS_OFFICER))
                .andExpect(status().isFound());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("approved");
        sign(id, pact, Demo.CITIZEN);
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("approved");
        assertThat(toDo.forPerson(citizen)).noneMatch(t -> t.link().equals("/pacts/" + id + "/" + pact));
        assertThat(events.stream(PactSigned.class)).isEmpty();
        sign(id, pact, Demo.PARKS_OFFICER);
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("active");
        // The last party's signature publishes "signed by every party" once, for webhooks.
        assertThat(events.stream(PactSigned.class)).singleElement().satisfies(e -> {
            assertThat(e.pactId()).isEqualTo(pact);
            assertThat(e.instanceId()).isEqualTo(id);
            assertThat(e.textSha256()).isEqualTo(TestPacts.sha(jdbc, pact));
        });
        // signing the same text twice is refused, nothing stored
        long signatures = count("pact_signature");
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/sign"), Demo.CITIZEN)
                        .param("sha256", TestPacts.sha(jdbc, pact)))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("pact_signature")).isEqualTo(signatures);

        events.clear();
        mvc.perform(upload("/pacts/" + id + "/" + pact + "/reports", Demo.CITIZEN)
                        .file(new MockMultipartFile("image", "foto.png", "image/png", PactsDemoData.picture()))
                        .param("doneOn", LocalDate.now().toString())
                        .param("body", "Pulizia del tratto")
                        .param("hours", "3,5")
                        .param("materials", "4")
                        .param("materialsUnit", "sacchi")
                        .param("imageAlt", "Il tratto pulito"))
                .andExpect(status().isFound());
        long report = jdbc.sql("SELECT MAX(id) FROM pact_report WHERE pact_id = :p")
                .param("p", pact)
                .query(Long.class)
                .single();
        var recorded = events.stream(ContributionRecorded.class).toList();
        assertThat(recorded).hasSize(2);
        assertThat(recorded.get(0).key()).isEqualTo("pacts:report:" + report + ":hours");
        assertThat(recorded.get(0).quantity()).isEqualByComparingTo("3.5");
        assertThat(recorded.get(0).side()).isEqualTo(ContributionRecorded.Side.CITIZEN);
        assertThat(recorded.get(0).revision()).isEqualTo(1);
        assertThat(recorded.get(0).toolInstanceId()).isEqualTo(id);
        assertThat(recorded.get(1).key()).isEqualTo("pacts:report:" + report + ":materials");
        assertThat(recorded.get(1).unit()).isEqualTo("sacchi");
        mvc.perform(get("/pacts/" + id + "/" + pact).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Pulizia del tratto")))
                .andExpect(content().string(containsString("Ore: 3,5")))
                .andExpect(content().string(containsString("/images/")));
        mvc.perform(get("/pacts/" + id).param("state", "active"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Cura del fiume")));
        // the officer is a party but reports nothing: 403
        mvc.perform(upload("/pacts/" + id + "/" + pact + "/reports", Demo.PARKS_OFFICER)
                        .param("doneOn", LocalDate.now().toString())
                        .param("body", "x")
                        .param("hours", "1"))
                .andExpect(status().isForbidden());
        // suspension needs a reason; then it is suspended and the parties are told
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/state"), Demo.PARKS_OFFICER)
                        .param("to", "suspended")
                        .param("reason", " "))
                .andExpect(status().isUnprocessableContent());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("active");
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/state"), Demo.PARKS_OFFICER)
                        .param("to", "suspended")
                        .param("reason", "Lavori sul ponte"))
                .andExpect(status().isFound());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("suspended");
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/state"), Demo.PARKS_OFFICER)
                        .param("to", "ended"))
                .andExpect(status().isFound());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("ended");
    }

    @Test
    void aResidentFacilitatingTheInitiativeDoesNotActForTheOffice() throws Exception {
        var p = proposed();
        long id = p[0];
        long pact = p[1];
        long initiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
        // The citizen becomes a facilitator of the initiative: they may manage its tools, not approve for the office.
        jdbc.sql("UPDATE initiative_member SET role = 'facilitator' WHERE initiative_id = :i AND person_id = :p")
                .param("i", initiative)
                .param("p", citizen)
                .update();
        assertThat(jdbc.sql("SELECT role FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                        .param("i", initiative)
                        .param("p", citizen)
                        .query(String.class)
                        .single())
                .isEqualTo("facilitator");
        mvc.perform(as(get("/pacts/" + id + "/" + pact), Demo.CITIZEN))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("/" + pact + "/approve"))));
        for (String act : List.of("approve", "act", "state")) {
            mvc.perform(as(post("/pacts/" + id + "/" + pact + "/" + act), Demo.CITIZEN)
                            .param("to", "revoked")
                            .param("reason", "Non serve più")
                            .param("number", "1")
                            .param("date", "2026-01-01"))
                    .andExpect(status().isForbidden());
        }
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("proposed");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM pact WHERE id = :p AND office_approved_at IS NULL")
                        .param("p", pact)
                        .query(Long.class)
                        .single())
                .isEqualTo(1L);
        // The parks officer, a professional of the initiative's organisation, does.
        mvc.perform(as(get("/pacts/" + id + "/" + pact), Demo.PARKS_OFFICER))
                .andExpect(content().string(containsString("/" + pact + "/approve")));
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/approve"), Demo.PARKS_OFFICER))
                .andExpect(status().isFound());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("approved");
    }

    @Test
    void aSignatureOnAChangedTextIsRefusedAndAnEditBreaksEarlierSignatures() throws Exception {
        var p = proposed();
        long id = p[0];
        long pact = p[1];
        String first = TestPacts.sha(jdbc, pact);
        sign(id, pact, Demo.CITIZEN);
        // the citizen edits the proposal: the text and its hash change
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id + "/" + pact + "/edit"), Demo.CITIZEN),
                        "Cura del fiume e del ponte",
                        citizen,
                        officer,
                        "shownSha256",
                        first))
                .andExpect(status().isFound());
        String second = TestPacts.sha(jdbc, pact);
        assertThat(second).isNotEqualTo(first);
        mvc.perform(get("/pacts/" + id + "/" + pact))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("un testo diverso: la firma non corrisponde")));
        // the officer signs with the hash of the text they had seen before the change: refused, nothing stored
        long signatures = count("pact_signature");
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/sign"), Demo.PARKS_OFFICER)
                        .param("sha256", first))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Il testo del patto è cambiato")));
        assertThat(count("pact_signature")).isEqualTo(signatures);
        // an edit from a stale text is refused too
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id + "/" + pact + "/edit"), Demo.CITIZEN),
                        "Altro titolo",
                        citizen,
                        officer,
                        "shownSha256",
                        first))
                .andExpect(status().isUnprocessableContent());
        assertThat(TestPacts.sha(jdbc, pact)).isEqualTo(second);
        // approved with the citizen's old signature: not active until the citizen signs the new text
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/approve"), Demo.PARKS_OFFICER))
                .andExpect(status().isFound());
        sign(id, pact, Demo.PARKS_OFFICER);
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("approved");
        sign(id, pact, Demo.CITIZEN);
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("active");
        // an approved pact's text no longer changes
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id + "/" + pact + "/edit"), Demo.CITIZEN),
                        "Troppo tardi",
                        citizen,
                        officer,
                        "shownSha256",
                        second))
                .andExpect(status().isUnprocessableContent());
    }

    @Test
    void aComplexPactNeedsTheAct() throws Exception {
        long id = TestPacts.newInstance(jdbc, TestPacts.COLLECTIVE);
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id), Demo.PARKS_OFFICER),
                        "Orto grande",
                        citizen,
                        officer,
                        "complex",
                        "true"))
                .andExpect(status().isFound());
        long pact = TestPacts.newest(jdbc, id);
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/submit"), Demo.PARKS_OFFICER))
                .andExpect(status().isFound());
        sign(id, pact, Demo.CITIZEN);
        sign(id, pact, Demo.PARKS_OFFICER);
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/approve"), Demo.PARKS_OFFICER))
                .andExpect(status().isFound());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("proposed");
        mvc.perform(get("/pacts/" + id + "/" + pact).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(content().string(containsString("Registra l’atto")));
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/act"), Demo.PARKS_OFFICER)
                        .param("actNumber", "")
                        .param("actDate", LocalDate.now().plusDays(3).toString()))
                .andExpect(status().isUnprocessableContent());
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("proposed");
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/act"), Demo.PARKS_OFFICER)
                        .param("actNumber", "delibera di Giunta n. 123")
                        .param("actDate", LocalDate.now().minusDays(1).toString()))
                .andExpect(status().isFound());
        // every party had signed: the act makes it active at once
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("active");
        mvc.perform(get("/pacts/" + id + "/" + pact))
                .andExpect(content().string(containsString("delibera di Giunta n. 123")));
    }

    @Test
    void badPactsAreRefusedWithNothingStored() throws Exception {
        long id = TestPacts.newInstance(jdbc, TestPacts.COLLECTIVE);
        long before = count("pact");
        long parties = count("pact_party");
        var today = LocalDate.now();
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id), Demo.CITIZEN),
                        "Date",
                        citizen,
                        officer,
                        "startsOn",
                        today.toString(),
                        "endsOn",
                        today.minusDays(1).toString()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("La fine deve venire dopo l’inizio")));
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id), Demo.CITIZEN), "Geo", citizen, officer, "coordinates", "91, 12"))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(TestPacts.form(as(post("/pacts/" + id), Demo.CITIZEN), "Officer", citizen, citizen))
                .andExpect(status().isUnprocessableContent());
        // an outsider as a party
        long outsider = TestPacts.person(jdbc, Demo.PARENT);
        mvc.perform(TestPacts.form(as(post("/pacts/" + id), Demo.CITIZEN), "Outsider", outsider, officer))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(TestPacts.form(as(post("/pacts/" + id), Demo.CITIZEN), "x".repeat(201), citizen, officer))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(TestPacts.form(as(post("/pacts/" + id), Demo.CITIZEN), "Ctrl\u0007", citizen, officer))
                .andExpect(status().isUnprocessableContent());
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id), Demo.CITIZEN), "Mesi", citizen, officer, "reportEveryMonths", "-3"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("pact")).isEqualTo(before);
        assertThat(count("pact_party")).isEqualTo(parties);
        // hostile text is stored as typed and shown escaped
        String hostile = "<script>alert(1)</script>";
        mvc.perform(TestPacts.form(
                        as(post("/pacts/" + id), Demo.CITIZEN), hostile, citizen, officer, "objectives", hostile))
                .andExpect(status().isFound());
        long pact = TestPacts.newest(jdbc, id);
        mvc.perform(get("/pacts/" + id + "/" + pact).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(hostile))))
                .andExpect(content().string(containsString("&lt;script&gt;")));
        // a draft is seen by its author and the office only
        mvc.perform(get("/pacts/" + id + "/" + pact).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/pacts/" + id + "/" + pact)).andExpect(status().isNotFound());
    }

    @Test
    void badReportsAreRefusedWithNothingStored() throws Exception {
        var p = proposed();
        long id = p[0];
        long pact = p[1];
        mvc.perform(as(post("/pacts/" + id + "/" + pact + "/approve"), Demo.PARKS_OFFICER));
        sign(id, pact, Demo.CITIZEN);
        sign(id, pact, Demo.PARKS_OFFICER);
        assertThat(TestPacts.state(jdbc, pact)).isEqualTo("active");
        long reports = count("pact_report");
        long images = count("image");
        events.clear();
        String url = "/pacts/" + id + "/" + pact + "/reports";
        // a "photo" that is a script with a .png name
        mvc.perform(upload(url, Demo.CITIZEN)
                        .file(new MockMultipartFile("image", "foto.png", "image/png", "#!/bin/sh\necho".getBytes()))
                        .param("doneOn", LocalDate.now().toString())
                        .param("body", "Pulizia")
                        .param("hours", "2")
                        .param("imageAlt", "foto"))
                .andExpect(status().isUnprocessableContent());
        // a photo over the size limit
        byte[] big = new byte[6 * 1024 * 1024];
        System.arraycopy(PactsDemoData.picture(), 0, big, 0, 8);
        mvc.perform(upload(url, Demo.CITIZEN)
                        .file(new MockMultipartFile("image", "big.png", "image/png", big))
                        .param("doneOn", LocalDate.now().toString())
                        .param("body", "Pulizia")
                        .param("hours", "2")
                        .param("imageAlt", "foto"))
                .andExpect(status().isUnprocessableContent());
        for (String hours : List.of("-2", "0", "abc", "1,234", "99999")) {
            mvc.perform(upload(url, Demo.CITIZEN)
                            .param("doneOn", LocalDate.now().toString())
                            .param("body", "Pulizia")
                            .param("hours", hours))
                    .andExpect(status().isUnprocessableContent());
        }
        mvc.perform(upload(url, Demo.CITIZEN)
                        .param("doneOn", LocalDate.now().plusDays(2).toString())
                        .param("body", "Pulizia")
                        .param("hours", "2"))
                .andExpect(status().isUnprocessableContent());
        assertThat(count("pact_report")).isEqualTo(reports);
        assertThat(count("image")).isEqualTo(images);
        assertThat(events.stream(ContributionRecorded.class)).isEmpty();
    }

    @Test
    void theNewFormAndRegistersRender() throws Exception {
        long id = TestPacts.newInstance(jdbc, TestPacts.COLLECTIVE);
        mvc.perform(get("/pacts/" + id + "/new").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Proponi un patto")))
                .andExpect(content().string(containsString("Paola Neri")));
        mvc.perform(get("/pacts/" + id)).andExpect(status().isOk());
        mvc.perform(get("/pacts/" + id + "/map.geojson"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("FeatureCollection")));
        mvc.perform(get("/pacts").param("state", "<x>").param("kind", "'")).andExpect(status().isOk());
    }
}
