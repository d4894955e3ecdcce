package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.cocrea.ballots.Lifecycle;
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

@WebTest
class VoteWebTests {
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

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    /** Sets up a vote through the facilitator's pages (settings as name/value pairs), adds options, opens it. */
    private long openVote(String initiative, String facilitator, Map<String, String> settings, String... options)
            throws Exception {
        long id = TestVotes.newInstance(jdbc, initiative);
        var request = as(post("/vote/" + id + "/settings"), facilitator).param("question", "Cosa prima?");
        settings.forEach(request::param);
        mvc.perform(request).andExpect(status().isFound());
        for (String option : options) {
            mvc.perform(as(post("/vote/" + id + "/options"), facilitator)
                            .param("title", option)
                            .param("description", "About " + option))
                    .andExpect(status().isFound());
        }
        mvc.perform(as(post("/vote/" + id + "/open"), facilitator)).andExpect(status().isFound());
        return id;
    }

    private long openVote(Map<String, String> settings, String... options) throws Exception {
        return openVote(TestVotes.COLLECTIVE, Demo.PARKS_OFFICER, settings, options);
    }

    private List<Long> options(long instance) {
        return jdbc.sql("""
                SELECT o.id FROM vote_option o JOIN vote v ON v.id = o.vote_id
                WHERE v.tool_instance_id = :i ORDER BY o.position
                """).param("i", instance).query(Long.class).list();
    }

    private long ballots(long instance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM vote_ballot b JOIN vote v ON v.id = b.vote_id WHERE v.tool_instance_id = :i
                """).param("i", instance).query(Long.class).single();
    }

    private long marks(long instance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM vote_mark m JOIN vote v ON v.id = m.vote_id WHERE v.tool_instance_id = :i
                """).param("i", instance).query(Long.class).single();
    }

    /** Casts a ballot: for approval pass option ids, else option id / value pairs. */
    private ResultActions ballot(long id, String who, Map<Long, String> marks) throws Exception {
        var request = as(post("/vote/" + id + "/ballot"), who);
        marks.forEach((option, value) -> request.param("mark-" + option, value));
        return mvc.perform(request);
    }

    private ResultActions approve(long id, String who, Object... optionIds) throws Exception {
        var request = as(post("/vote/" + id + "/ballot"), who);
        for (Object o : optionIds) {
            request.param("options", String.valueOf(o));
        }
        return mvc.perform(request);
    }

    @Test
    void theDemoVoteIsOpenToEveryoneWithLiveResults() throws Exception {
        long id = jdbc.sql("SELECT tool_instance_id FROM vote WHERE question = :q")
                .param("q", VoteDemoData.QUESTION)
                .query(Long.class)
                .single();
        long initiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", id)
                .query(Long.class)
                .single();
        mvc.perform(get("/initiatives/" + initiative))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/vote/" + id)));
        mvc.perform(get("/vote/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(VoteDemoData.QUESTION)))
                .andExpect(content().string(containsString("Accedi per votare")));
        mvc.perform(get("/vote/" + id).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<select id=\"mark-")));
        // Three demo ballots, counted by hand in VoteDemoData's order of options: Borda Zona 30 7, Pista 5,
        // Ciclofficina 3, Illuminazione 2; Zona 30 has 2 of 3 first preferences and wins the first round.
        assertThat(ballots(id)).isEqualTo(3);
        mvc.perform(get("/vote/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<svg role=\"img\"")))
                .andExpect(content()
                        .string(containsString(
                                "<td>1</td><th scope=\"row\">Zona 30 intorno alle scuole</th><td>7</td>")))
                .andExpect(content()
                        .string(containsString(
                                "<td>2</td><th scope=\"row\">Pista protetta in via Roma</th><td>5</td>")))
                .andExpect(content().string(containsString("Vince: Zona 30 intorno alle scuole.")));
    }

    @Test
    void aRankedVoteFromSetUpToResultsWithAChangedBallot() throws Exception {
        long id = openVote(
                Map.of("ballotKind", "ranked", "eligibility", "members", "hideResults", "true"),
                "Alberi",
                "Panchine",
                "Fontane");
        var o = options(id);
        mvc.perform(get("/vote/" + id).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<legend>Cosa prima?</legend>")))
                .andExpect(content().string(containsString("About Panchine")));
        ballot(id, Demo.CITIZEN, Map.of(o.get(0), "1", o.get(1), "2"))
                .andExpect(redirectedUrl("/vote/" + id))
                .andExpect(flash().attribute("notice", "vote.ballot.cast"));
        // Changing the ballot replaces it: still one ballot, with the new marks only.
        ballot(id, Demo.CITIZEN, Map.of(o.get(2), "1"))
                .andExpect(redirectedUrl("/vote/" + id))
                .andExpect(flash().attribute("notice", "vote.ballot.changed"));
        ballot(id, Demo.VOLUNTEER, Map.of(o.get(1), "1", o.get(2), "2")).andExpect(status().isFound());
        ballot(id, Demo.PARKS_OFFICER, Map.of(o.get(0), "1", o.get(2), "2")).andExpect(status().isFound());
        assertThat(ballots(id)).isEqualTo(3);
        assertThat(marks(id)).isEqualTo(5);
        mvc.perform(get("/vote/" + id).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("Cambia il mio voto")))
                .andExpect(content().string(containsString("<option value=\"1\" selected>")));
        // Hidden until the close: no figures, no export.
        mvc.perform(get("/vote/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("nascosti fino alla chiusura")))
                .andExpect(content().string(not(containsString("class=\"bar-chart\""))));
        mvc.perform(get("/vote/" + id + "/ballots.csv")).andExpect(status().isNotFound());
        mvc.perform(as(post("/vote/" + id + "/close"), Demo.CITIZEN)).andExpect(status().isForbidden());
        mvc.perform(as(post("/vote/" + id + "/close"), Demo.PARKS_OFFICER))
                .andExpect(redirectedUrl("/vote/" + id + "/results"));
        ballot(id, Demo.CITIZEN, Map.of(o.get(0), "1"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("non è aperta")));
        // Borda (3 options: 2, 1, 0): Alberi 2 + 0 = 2... by hand: citizen [Fontane]: Fontane 2; volunteer
        // [Panchine, Fontane]: Panchine 2, Fontane 1; officer [Alberi, Fontane]: Alberi 2, Fontane 1.
        // Fontane 4, Alberi 2, Panchine 2. IRV round 1: Alberi 1, Panchine 1, Fontane 1 of 3: the tie for last
        // eliminates Fontane (latest); its ballot is exhausted; round 2: Alberi 1, Panchine 1 of 2: Panchine
        // goes; Alberi wins round 3 with 1 of 1.
        mvc.perform(get("/vote/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>1</td><th scope=\"row\">Fontane</th><td>4</td>")))
                .andExpect(content().string(containsString("<td>2</td><th scope=\"row\">Alberi</th><td>2</td>")))
                .andExpect(content().string(containsString("<td>2</td><th scope=\"row\">Panchine</th><td>2</td>")))
                .andExpect(content().string(containsString("Turno 3")))
                .andExpect(content().string(containsString("Vince: Alberi.")));
        var csv = mvc.perform(get("/vote/" + id + "/ballots.csv"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("text/csv")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(csv.split("\r\n")).hasSize(4);
        assertThat(csv).startsWith("\"ballot\",\"Alberi\",\"Panchine\",\"Fontane\"\r\n");
        assertThat(csv).doesNotContain("example.org").doesNotContain("Mario").contains("\"\",\"\",\"1\"");
    }

    @Test
    void everyBallotRuleIsCheckedOnTheServerAndNothingIsStored() throws Exception {
        long dots = openVote(
                Map.of("ballotKind", "dots", "points", "10", "pointCap", "6", "eligibility", "members"), "A", "B", "C");
        var d = options(dots);
        ballot(dots, Demo.CITIZEN, Map.of(d.get(0), "6", d.get(1), "5"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"ballot-error\"")))
                .andExpect(content().string(containsString("più dei 10")))
                .andExpect(content().string(containsString("value=\"5\"")));
        ballot(dots, Demo.CITIZEN, Map.of(d.get(0), "7"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("al massimo 6")));
        ballot(dots, Demo.CITIZEN, Map.of(d.get(0), "-1", d.get(1), "4")).andExpect(status().is(422));
        ballot(dots, Demo.CITIZEN, Map.of(d.get(0), "tre")).andExpect(status().is(422));
        ballot(dots, Demo.CITIZEN, Map.of()).andExpect(status().is(422));
        mvc.perform(get("/vote/" + dots).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("src=\"/js/vote.js\"")))
                .andExpect(content().string(containsString("id=\"points-left\"")));

        long approval = openVote(
                Map.of("ballotKind", "approval", "maxApprovals", "2", "eligibility", "members"), "A", "B", "C");
        var a = options(approval);
        approve(approval, Demo.CITIZEN, a.get(0), a.get(1), a.get(2))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("al massimo 2")));
        // An option of another vote, and garbage.
        approve(approval, Demo.CITIZEN, d.get(0)).andExpect(status().is(422));
        approve(approval, Demo.CITIZEN, "x").andExpect(status().is(422));

        long score = openVote(Map.of("ballotKind", "score", "eligibility", "members"), "A", "B");
        var s = options(score);
        ballot(score, Demo.CITIZEN, Map.of(s.get(0), "6", s.get(1), "0"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("da 0 a 5")));
        ballot(score, Demo.CITIZEN, Map.of(s.get(0), "3"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("a ogni opzione")));

        long ranked = openVote(Map.of("ballotKind", "ranked", "eligibility", "members"), "A", "B");
        var r = options(ranked);
        ballot(ranked, Demo.CITIZEN, Map.of(r.get(0), "1", r.get(1), "1"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("una sola opzione")));
        ballot(ranked, Demo.CITIZEN, Map.of(r.get(0), "3")).andExpect(status().is(422));

        for (long vote : List.of(dots, approval, score, ranked)) {
            assertThat(ballots(vote)).isZero();
        }
        // Valid ballots are then accepted, with live results (not hidden) and points summed.
        ballot(dots, Demo.CITIZEN, Map.of(d.get(0), "6", d.get(1), "4")).andExpect(status().isFound());
        approve(approval, Demo.CITIZEN, a.get(0), a.get(2)).andExpect(status().isFound());
        ballot(score, Demo.CITIZEN, Map.of(s.get(0), "5", s.get(1), "0")).andExpect(status().isFound());
        ballot(ranked, Demo.CITIZEN, Map.of(r.get(1), "1")).andExpect(status().isFound());
        mvc.perform(get("/vote/" + dots + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ancora aperta")))
                .andExpect(content().string(containsString("<th scope=\"row\">A</th><td>6</td>")));
        mvc.perform(get("/vote/" + score + "/results"))
                .andExpect(content().string(containsString("<th scope=\"row\">A</th><td>5</td><td>5</td>")));
    }

    @Test
    void votingWaitsForTheOpeningDateAndStopsAtTheClosingDate() throws Exception {
        var later = LocalDateTime.now(Lifecycle.ZONE).plusDays(2).withNano(0).withSecond(0);
        long scheduled = openVote(
                Map.of("ballotKind", "approval", "eligibility", "members", "opensAt", later.toString()), "A", "B");
        approve(scheduled, Demo.CITIZEN, options(scheduled).get(0))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("non è aperta")));
        mvc.perform(get("/vote/" + scheduled).with(demo.as(Demo.CITIZEN)))
                .andExpect(content().string(containsString("La votazione apre il")))
                .andExpect(content().string(not(containsString("action=\"/vote/" + scheduled + "/ballot\""))));
        long past = openVote(
                Map.of(
                        "ballotKind", "approval",
                        "eligibility", "members",
                        "hideResults", "true",
                        "closesAt",
                                LocalDateTime.now(Lifecycle.ZONE)
                                        .minusMinutes(1)
                                        .withNano(0)
                                        .toString()),
                "A",
                "B");
        approve(past, Demo.CITIZEN, options(past).get(0)).andExpect(status().is(422));
        // Past its closing date the vote is closed, so its (hidden) results are now shown.
        mvc.perform(get("/vote/" + past + "/results"))
                .andExpect(content().string(containsString("definitivi")))
                .andExpect(content().string(containsString("class=\"bar-chart\"")));
        assertThat(ballots(scheduled) + ballots(past)).isZero();
    }

    @Test
    void eligibilityMembersRegisteredOrVerifiedResidents() throws Exception {
        long members = openVote(Map.of("ballotKind", "approval", "eligibility", "members"), "A", "B");
        approve(members, Demo.PARENT, options(members).get(0))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("solo i membri")));
        mvc.perform(get("/vote/" + members).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(containsString("solo i membri")));
        long registered = openVote(Map.of("ballotKind", "approval", "eligibility", "registered"), "A", "B");
        approve(registered, Demo.PARENT, options(registered).get(0)).andExpect(status().isFound());
        long residents = openVote(Map.of("ballotKind", "approval", "eligibility", "residents"), "A", "B");
        approve(residents, Demo.PARENT, options(residents).get(0))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("residenti verificati")));
        TestVotes.makeResident(jdbc, residents, Demo.PARENT);
        approve(residents, Demo.PARENT, options(residents).get(0)).andExpect(status().isFound());
        approve(residents, Demo.VOLUNTEER, options(residents).get(0)).andExpect(status().is(422));
        assertThat(ballots(members)).isZero();
        assertThat(ballots(registered)).isEqualTo(1);
        assertThat(ballots(residents)).isEqualTo(1);
    }

    @Test
    void namedBallotsShowNamesToMembersOnly() throws Exception {
        long id = openVote(Map.of("ballotKind", "approval", "eligibility", "registered", "named", "true"), "A", "B");
        approve(id, Demo.CITIZEN, options(id).get(0)).andExpect(status().isFound());
        String name = jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                .param("e", Demo.CITIZEN)
                .query(String.class)
                .single();
        mvc.perform(get("/vote/" + id + "/results").with(demo.as(Demo.VOLUNTEER)))
                .andExpect(content().string(containsString("Chi ha votato cosa")))
                .andExpect(content().string(containsString(name)));
        mvc.perform(get("/vote/" + id + "/results"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("Chi ha votato cosa"))));
        mvc.perform(get("/vote/" + id + "/ballots.csv")).andExpect(content().string(not(containsString(name))));
        long anonymous = openVote(Map.of("ballotKind", "approval", "eligibility", "registered"), "A", "B");
        approve(anonymous, Demo.CITIZEN, options(anonymous).get(0)).andExpect(status().isFound());
        mvc.perform(get("/vote/" + anonymous + "/results").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(content().string(not(containsString("Chi ha votato cosa"))));
    }

    @Test
    void badSettingsAndOptionsAreExplainedPerFieldAndNothingIsStored() throws Exception {
        long id = TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
        mvc.perform(as(post("/vote/" + id + "/settings"), Demo.PARKS_OFFICER)
                        .param("question", "")
                        .param("ballotKind", "borda")
                        .param("eligibility", "everyone")
                        .param("opensAt", "2030-01-02T10:00")
                        .param("closesAt", "2030-01-01T10:00"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"question-error\"")))
                .andExpect(content().string(containsString("id=\"ballotKind-error\"")))
                .andExpect(content().string(containsString("id=\"eligibility-error\"")))
                .andExpect(content().string(containsString("id=\"closesAt-error\"")));
        mvc.perform(as(post("/vote/" + id + "/settings"), Demo.PARKS_OFFICER)
                        .param("question", "Q")
                        .param("ballotKind", "dots")
                        .param("eligibility", "members")
                        .param("points", "5")
                        .param("pointCap", "6"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"pointCap-error\"")));
        mvc.perform(as(post("/vote/" + id + "/options"), Demo.PARKS_OFFICER).param("title", "A"))
                .andExpect(status().is(422));
        mvc.perform(as(post("/vote/" + id + "/open"), Demo.PARKS_OFFICER)).andExpect(status().is(422));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM vote WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isZero();
        // A vote with one option cannot open; options can be removed while it is a draft.
        mvc.perform(as(post("/vote/" + id + "/settings"), Demo.PARKS_OFFICER)
                        .param("question", "Q")
                        .param("ballotKind", "approval")
                        .param("eligibility", "members"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/vote/" + id + "/options"), Demo.PARKS_OFFICER).param("title", " "))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("id=\"title-error\"")));
        mvc.perform(as(post("/vote/" + id + "/options"), Demo.PARKS_OFFICER).param("title", "Solo"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/vote/" + id + "/open"), Demo.PARKS_OFFICER))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("almeno due opzioni")));
        mvc.perform(as(post("/vote/" + id + "/options/" + options(id).get(0) + "/remove"), Demo.PARKS_OFFICER))
                .andExpect(status().isFound());
        assertThat(options(id)).isEmpty();
        // Results of a draft do not exist yet.
        mvc.perform(get("/vote/" + id + "/results")).andExpect(status().isNotFound());
    }
}
