package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.cocrea.platform.Formats;
import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14, point 1: an initiative's journey through the four phases (past, active, next, with each phase's tools,
 * past ones still linked and readable), the facilitator's "move to the next phase" behind a confirmation page, and
 * the confirmation before a phase is removed. (Demo accounts speak Italian.) Moves are made on initiatives created
 * here, so the demo the other tests read stays as it is.
 */
@InitiativesWebTest
class JourneyWebTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Locale IT = Locale.ITALIAN;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MessageSource messages;

    private static final Formats ITALIAN = new Formats(IT, Formats.DEFAULT_ZONE);

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
        People.ensure(jdbc);
    }

    private Document page(long id, String email) throws Exception {
        return Jsoup.parse(mvc.perform(get("/initiatives/" + id).with(demo.as(email)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private long idOf(String title) {
        return jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    @Test
    void theSchoolShowsItsJourneyPastActiveAndNextWithThePastPhasesToolsStillReadable() throws Exception {
        var html = page(idOf("Scuola inclusiva"), Demo.PARENT);
        var steps = html.select("ol.journey > li");
        assertThat(steps.eachAttr("class"))
                .containsExactly("journey-step past", "journey-step active", "journey-step next", "journey-step later");
        assertThat(html.select("ol.journey > li[aria-current=step]")).hasSize(1);
        assertThat(steps.get(1).select("a[href^=/ideas/]")).hasSize(1);
        assertThat(html.selectFirst("ol.journey > li[aria-current=step] h3").text())
                .startsWith(messages.getMessage("phase.co-design", null, IT))
                .contains(messages.getMessage("journey.state.active", null, IT));
        // The past co-commissioning keeps its tools: the vote on the challenges, linked and readable by a member.
        var pastTools =
                steps.get(0).select("ul.journey-tools a[href]:not(.export)").eachAttr("href");
        assertThat(pastTools).anyMatch(h -> h.startsWith("/vote/")).anyMatch(h -> h.startsWith("/updates/"));
        for (String href : pastTools) {
            mvc.perform(get(href).with(demo.as(Demo.PARENT))).andExpect(status().isOk());
        }
        // Dates in words, never ISO; no cycle named while there is only one.
        assertThat(steps.get(0).selectFirst("p.meta").text())
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}")
                .contains(ITALIAN.date(TODAY.minusDays(120)));
        assertThat(html.select("ol.journey h3 .meta")).isEmpty();
        // A member reads the journey; only facilitators get the move and the phase management.
        assertThat(html.select("a[href$=/next-phase]")).isEmpty();
        assertThat(html.select("details.journey-manage")).isEmpty();
    }

    @Test
    void theCitizensPlanRunsFromNeedsToTheLadderAndThePastPhasesStayReadable() throws Exception {
        var html = page(idOf("Piano personale di salute"), Demo.CITIZEN);
        var steps = html.select("ol.journey > li");
        assertThat(steps).hasSize(4);
        assertThat(steps.get(0).select("a[href]").eachAttr("href")).anyMatch(h -> h.startsWith("/plans/needs/"));
        assertThat(steps.get(1).select("a[href]").eachAttr("href")).anyMatch(h -> h.matches("/plans/\\d+"));
        assertThat(steps.get(2).attr("aria-current")).isEqualTo("step");
        assertThat(steps.get(2).select("a[href]").eachAttr("href")).anyMatch(h -> h.startsWith("/plans/actions/"));
        assertThat(steps.get(3).select("a[href]").eachAttr("href")).anyMatch(h -> h.startsWith("/plans/ladder/"));
        for (int past = 0; past < 2; past++) {
            assertThat(steps.get(past).className()).contains("past");
            for (String href : steps.get(past)
                    .select("ul.journey-tools a[href]:not(.export)")
                    .eachAttr("href")) {
                mvc.perform(get(href).with(demo.as(Demo.CITIZEN))).andExpect(status().isOk());
            }
        }
    }

    @Test
    void anInitiativeInItsSecondCycleNamesTheCycleOfEachStep() throws Exception {
        var html = page(idOf("Cura del parco Nord con i volontari"), Demo.VOLUNTEER);
        var cycles = html.select("ol.journey > li h3 .meta").eachText();
        assertThat(cycles).hasSize(5);
        assertThat(cycles.get(4)).isEqualTo(messages.getMessage("timeline.cycle", new Object[] {2}, IT));
        assertThat(html.selectFirst("ol.journey > li[aria-current=step] h3").text())
                .startsWith(messages.getMessage("phase.co-commissioning", null, IT));
    }

    /** A collective initiative of the parks officer's, open, with the demo citizen as a member. */
    private long initiative(String title, int[][] phases) throws Exception {
        String location = mvc.perform(post("/initiatives")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("title", title)
                        .param("summary", "Un percorso da far avanzare")
                        .param("description", "")
                        .param("domain", "environment-and-parks")
                        .param("level", "collective")
                        .param("citizenRoles", "co-designer")
                        .param("objectives", "effectiveness"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String[] names = {"co-commissioning", "co-design", "co-delivery", "co-assessment"};
        for (int[] p : phases) {
            mvc.perform(post("/initiatives/" + id + "/phases")
                            .with(csrf())
                            .with(demo.as(Demo.PARKS_OFFICER))
                            .param("phase", names[p[1]])
                            .param("cycle", String.valueOf(p[0]))
                            .param("start", TODAY.plusDays(p[2]).toString())
                            .param("end", TODAY.plusDays(p[3]).toString()))
                    .andExpect(status().isFound());
        }
        mvc.perform(post("/initiatives/" + id + "/tools")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("phase", names[phases[0][1]])
                        .param("tool", "updates"))
                .andExpect(status().isFound());
        mvc.perform(post("/initiatives/" + id + "/members")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("email", Demo.CITIZEN)
                        .param("role", "member"))
                .andExpect(status().isFound());
        mvc.perform(post("/initiatives/" + id + "/publish").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound());
        return id;
    }

    private List<String> timeline(long id) {
        return jdbc.sql("""
                SELECT cycle, phase, starts_on, ends_on FROM initiative_phase WHERE initiative_id = :i
                ORDER BY cycle, starts_on
                """)
                .param("i", id)
                .query((rs, n) -> rs.getInt(1) + "/" + rs.getString(2) + " " + rs.getObject(3, LocalDate.class) + ".."
                        + rs.getObject(4, LocalDate.class))
                .list();
    }

    private org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder move(
            long id, String who, String confirm, String from) {
        var request = post("/initiatives/" + id + "/next-phase").with(csrf());
        if (who != null) {
            request = request.with(demo.as(who));
        }
        if (confirm != null) {
            request = request.param("confirm", confirm);
        }
        return from == null ? request : request.param("from", from);
    }

    @Test
    void aFacilitatorMovesToThePlannedNextPhaseAfterConfirmingAndOthersAreRefused() throws Exception {
        long id = initiative("Percorso da confermare", new int[][] {{1, 0, -20, 10}, {1, 1, 11, 40}});
        var before = timeline(id);
        assertThat(before)
                .containsExactly(
                        "1/co-commissioning " + TODAY.minusDays(20) + ".." + TODAY.plusDays(10),
                        "1/co-design " + TODAY.plusDays(11) + ".." + TODAY.plusDays(40));

        // The facilitator's page offers the move; the confirmation says what will happen, dates in words.
        assertThat(page(id, Demo.PARKS_OFFICER).select("a[href=/initiatives/" + id + "/next-phase]"))
                .hasSize(1);
        var confirm = Jsoup.parse(
                mvc.perform(get("/initiatives/" + id + "/next-phase").with(demo.as(Demo.PARKS_OFFICER)))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        var it = ITALIAN;
        assertThat(confirm.selectFirst(".confirm-what").text())
                .contains(messages.getMessage(
                        "journey.next.ends",
                        new Object[] {
                            messages.getMessage("phase.co-commissioning", null, IT), it.date(TODAY.minusDays(1))
                        },
                        IT))
                .contains(messages.getMessage(
                        "journey.next.starts",
                        new Object[] {
                            messages.getMessage("phase.co-design", null, IT),
                            it.date(TODAY),
                            it.date(TODAY.plusDays(40)),
                            41
                        },
                        IT));
        var form = confirm.selectFirst("form[action=/initiatives/" + id + "/next-phase]");
        assertThat(form.selectFirst("input[name=confirm]").val()).isEqualTo("yes");
        String from = form.selectFirst("input[name=from]").val();
        assertThat(from).isEqualTo("1:co-commissioning");

        // Members, outsiders and anonymous visitors neither see the confirmation nor move anything.
        for (String who : List.of(Demo.CITIZEN, People.OTHER_CITIZEN, Demo.VOLUNTEER)) {
            mvc.perform(get("/initiatives/" + id + "/next-phase").with(demo.as(who)))
                    .andExpect(status().isForbidden());
            mvc.perform(move(id, who, "yes", from)).andExpect(status().isForbidden());
        }
        mvc.perform(move(id, null, "yes", from)).andExpect(redirectedUrl("/login"));
        // A POST without the confirmation step changes nothing: it leads to the confirmation page.
        mvc.perform(move(id, Demo.PARKS_OFFICER, null, from))
                .andExpect(redirectedUrl("/initiatives/" + id + "/next-phase"));
        mvc.perform(move(id, Demo.PARKS_OFFICER, "no", from))
                .andExpect(redirectedUrl("/initiatives/" + id + "/next-phase"));
        // A confirmation of another phase (overtaken by another move) is refused.
        mvc.perform(move(id, Demo.PARKS_OFFICER, "yes", "1:co-design"))
                .andExpect(status().is(422))
                .andExpect(content()
                        .string(Matchers.containsString(messages.getMessage("journey.next.changed", null, IT)
                                .substring(0, 20))));
        assertThat(timeline(id)).isEqualTo(before);

        mvc.perform(move(id, Demo.PARKS_OFFICER, "yes", from))
                .andExpect(redirectedUrl("/initiatives/" + id + "#journey"));
        assertThat(timeline(id))
                .containsExactly(
                        "1/co-commissioning " + TODAY.minusDays(20) + ".." + TODAY.minusDays(1),
                        "1/co-design " + TODAY + ".." + TODAY.plusDays(40));
        var after = page(id, Demo.CITIZEN);
        assertThat(after.select("ol.journey > li").eachAttr("class"))
                .containsExactly("journey-step past", "journey-step active");
        // The past phase's tool is still linked.
        assertThat(after.select("ol.journey > li.past a[href^=/updates/]:not(.export)"))
                .hasSize(1);
        // The same confirmation again is refused now: co-design is the active phase.
        mvc.perform(move(id, Demo.PARKS_OFFICER, "yes", from)).andExpect(status().is(422));
    }

    @Test
    void afterTheAssessmentTheNextCycleBeginsAsLongAsThePhaseBefore() throws Exception {
        long id = initiative("Percorso che ricomincia", new int[][] {{1, 3, -40, -1}});
        mvc.perform(move(id, Demo.PARKS_OFFICER, "yes", "1:co-assessment")).andExpect(status().isFound());
        assertThat(timeline(id))
                .containsExactly(
                        "1/co-assessment " + TODAY.minusDays(40) + ".." + TODAY.minusDays(1),
                        "2/co-commissioning " + TODAY + ".." + TODAY.plusDays(39));
        var html = page(id, Demo.PARKS_OFFICER);
        assertThat(html.selectFirst("ol.journey > li[aria-current=step] h3 .meta")
                        .text())
                .isEqualTo(messages.getMessage("timeline.cycle", new Object[] {2}, IT));
        // A phase that began today moves on from tomorrow: refused, nothing changes.
        var before = timeline(id);
        mvc.perform(move(id, Demo.PARKS_OFFICER, "yes", "2:co-commissioning"))
                .andExpect(status().is(422))
                .andExpect(content()
                        .string(Matchers.containsString(messages.getMessage("journey.next.tooSoon", null, IT)
                                .substring(0, 20))));
        assertThat(timeline(id)).isEqualTo(before);
        mvc.perform(get("/initiatives/" + id + "/next-phase").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString("name=\"confirm\""))));
    }

    @Test
    void removingAPhaseAsksFirstAndSaysWhatIsLost() throws Exception {
        long id = initiative("Percorso da accorciare", new int[][] {{1, 0, -20, 10}, {1, 1, 11, 40}});
        // No remove button next to live tools: a GET form to the confirmation page, inside the phase's details.
        var html = page(id, Demo.PARKS_OFFICER);
        var remove = html.select("details.journey-manage form[action=/initiatives/" + id + "/phases/remove]");
        assertThat(remove).hasSize(2);
        assertThat(remove.eachAttr("method")).containsOnly("get");

        String path = "/initiatives/" + id + "/phases/remove";
        var confirm = Jsoup.parse(mvc.perform(get(path)
                        .param("cycle", "1")
                        .param("phase", "co-commissioning")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        var what = confirm.selectFirst(".confirm-what").text();
        assertThat(what)
                .contains(messages.getMessage("journey.remove.active", null, IT))
                .contains(messages.getMessage("updates.name", null, IT));
        mvc.perform(get(path).param("cycle", "1").param("phase", "co-delivery").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(path).param("cycle", "1").param("phase", "co-design").with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());

        var before = timeline(id);
        // Without the confirmation nothing is removed; the request leads to the confirmation page.
        mvc.perform(post(path)
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("cycle", "1")
                        .param("phase", "co-design"))
                .andExpect(redirectedUrl(path + "?cycle=1&phase=co-design"));
        mvc.perform(post(path)
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("cycle", "1")
                        .param("phase", "co-design")
                        .param("confirm", "yes"))
                .andExpect(status().isForbidden());
        assertThat(timeline(id)).isEqualTo(before);

        mvc.perform(post(path)
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("cycle", "1")
                        .param("phase", "co-design")
                        .param("confirm", "yes"))
                .andExpect(redirectedUrl("/initiatives/" + id + "#journey"));
        assertThat(timeline(id)).containsExactly(before.get(0));
    }
}
