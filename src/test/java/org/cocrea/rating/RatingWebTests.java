package org.cocrea.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import org.cocrea.initiatives.Phase;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The rating's pages and every refusal: the demo's published weekly results, comparison and reasons; the faces on
 * the initiative page; a tap with and without htmx, the reason asked after a negative face, a second tap the same
 * day replacing the first; a face that is not one of three, an over-long reason, a reason without a negative face,
 * an unconfirmed account, a date that is not one; small groups suppressed; hostile text shown escaped. A refusal
 * answers 422 and stores nothing; nothing answers 500.
 */
@WebTest
@RecordApplicationEvents
class RatingWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApplicationEvents events;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
        TestRatings.ensurePeople(jdbc);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who));
    }

    private long demoInstance() {
        return jdbc.sql("""
                        SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                        WHERE t.tool_id = 'rating' AND i.title = :t
                        """)
                .param("t", RatingDemoData.INITIATIVE)
                .query(Long.class)
                .single();
    }

    private long person(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private String rows(long instance) {
        return String.valueOf(
                jdbc.sql("SELECT person_id, score, reason FROM rating WHERE tool_instance_id = :i ORDER BY person_id")
                        .param("i", instance)
                        .query()
                        .listOfRows());
    }

    @Test
    void theDemoShowsPublishedWeeksComparisonAndReasonsToAnyone() throws Exception {
        mvc.perform(get("/rating/" + demoInstance()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Valutazioni settimana per settimana")))
                .andExpect(content().string(containsString("<svg role=\"img\"")))
                .andExpect(content().string(containsString("id=\"weeks\"")))
                .andExpect(content().string(containsString("id=\"compare\"")))
                .andExpect(content().string(containsString("Auto parcheggiate sulla ciclabile")))
                .andExpect(content().string(containsString("Accedi per valutare il servizio")))
                .andExpect(content().string(not(containsString("troppo poche per mostrarle"))));
    }

    @Test
    void theInitiativePageOffersTheThreeFaces() throws Exception {
        long initiative = TestRatings.initiativeOf(jdbc, demoInstance());
        mvc.perform(as(get("/initiatives/" + initiative), Demo.CITIZEN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("type=\"radio\"")))
                .andExpect(content().string(containsString("value=\"negative\"")))
                .andExpect(content().string(containsString("value=\"neutral\"")))
                .andExpect(content().string(containsString("value=\"positive\"")))
                .andExpect(content().string(containsString("hx-post=\"/rating/" + demoInstance() + "\"")))
                .andExpect(content().string(containsString("Così così")));
    }

    @Test
    void aNegativeTapAsksForAReasonAndASecondTapReplacesTheFirst() throws Exception {
        long id = TestRatings.newInstance(jdbc, TestRatings.COLLECTIVE);
        long resident = person(Demo.CITIZEN);
        mvc.perform(as(post("/rating/" + id), Demo.CITIZEN)
                        .param("score", "negative")
                        .header("HX-Request", "true"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("name=\"reason\"")))
                .andExpect(content().string(not(containsString("<html"))));
        assertThat(rows(id)).isEqualTo("[{person_id=" + resident + ", score=-1, reason=null}]");
        assertThat(events.stream(RatingGiven.class)
                        .filter(e -> e.instanceId() == id)
                        .toList())
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.score()).isEqualTo(-1);
                    assertThat(e.phase()).isEqualTo(Phase.CO_ASSESSMENT);
                    assertThat(e.day()).isEqualTo(LocalDate.now(ZoneId.of("Europe/Rome")));
                });
        mvc.perform(as(post("/rating/" + id + "/reason"), Demo.CITIZEN).param("reason", "Buche in via Roma"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/rating/" + id));
        assertThat(rows(id)).isEqualTo("[{person_id=" + resident + ", score=-1, reason=Buche in via Roma}]");
        mvc.perform(as(get("/rating/" + id), Demo.CITIZEN))
                .andExpect(content().string(containsString("Grazie per averci detto perché")));
        // Without JavaScript: a redirect; a positive face the same day replaces the negative one and its reason.
        mvc.perform(as(post("/rating/" + id), Demo.CITIZEN).param("score", "positive"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/rating/" + id));
        assertThat(rows(id)).isEqualTo("[{person_id=" + resident + ", score=1, reason=null}]");
        mvc.perform(as(get("/rating/" + id), Demo.CITIZEN))
                .andExpect(content().string(containsString("La tua valutazione di oggi: Bene")))
                .andExpect(content().string(not(containsString("name=\"reason\""))));
    }

    @Test
    void refusalsStoreNothing() throws Exception {
        long id = TestRatings.newInstance(jdbc, TestRatings.COLLECTIVE);
        for (String face : new String[] {"angry", "", "-1", "NEGATIVE", "<script>"}) {
            mvc.perform(as(post("/rating/" + id), Demo.CITIZEN).param("score", face))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(content().string(containsString("Scegli una delle tre faccine.")));
        }
        mvc.perform(as(post("/rating/" + id), Demo.CITIZEN)).andExpect(status().isUnprocessableContent());
        mvc.perform(as(post("/rating/" + id + "/reason"), Demo.CITIZEN).param("reason", "Perché sì"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("scegli prima una faccina")));
        assertThat(rows(id)).isEqualTo("[]");
        mvc.perform(as(post("/rating/" + id), Demo.CITIZEN).param("score", "negative"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/rating/" + id + "/reason"), Demo.CITIZEN).param("reason", "x".repeat(501)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("Scrivi al massimo 500 caratteri.")));
        assertThat(rows(id)).contains("reason=null");

        // A throw-away account whose address is not confirmed does not count.
        TestPeople.unconfirmed(jdbc, "rating.unconfirmed@example.org");
        mvc.perform(as(post("/rating/" + id), "rating.unconfirmed@example.org").param("score", "positive"))
                .andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM rating WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void resultsAreTheFacilitatorsUntilPublishedAndSmallGroupsAreSuppressed() throws Exception {
        long id = TestRatings.newInstance(jdbc, TestRatings.COLLECTIVE);
        for (String who : new String[] {Demo.CITIZEN, Demo.PARENT, Demo.VOLUNTEER}) {
            mvc.perform(as(post("/rating/" + id), who).param("score", "negative"))
                    .andExpect(status().isFound());
        }
        mvc.perform(as(get("/rating/" + id), Demo.CITIZEN))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("I facilitatori non hanno ancora pubblicato i risultati.")))
                .andExpect(content().string(not(containsString("id=\"weeks\""))));
        mvc.perform(as(get("/rating/" + id), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("troppo poche per mostrarle")))
                .andExpect(content().string(containsString("I motivi si mostrano quando almeno 5 persone")))
                .andExpect(content().string(not(containsString("rating-negative"))));
        mvc.perform(as(post("/rating/" + id + "/publish"), Demo.PARKS_OFFICER).param("published", "yes"))
                .andExpect(status().isFound());
        mvc.perform(get("/rating/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("troppo poche per mostrarle")));
    }

    @Test
    void hostileReasonsAreShownEscapedWithoutNames() throws Exception {
        long id = TestRatings.newInstance(jdbc, TestRatings.COLLECTIVE);
        String[] people = {Demo.CITIZEN, Demo.PARENT, Demo.VOLUNTEER, Demo.TEACHER, TestRatings.OTHER_CITIZEN};
        for (String who : people) {
            mvc.perform(as(post("/rating/" + id), who).param("score", "negative"))
                    .andExpect(status().isFound());
        }
        mvc.perform(as(post("/rating/" + id + "/reason"), Demo.PARENT).param("reason", "<script>alert(1)</script>"))
                .andExpect(status().isFound());
        String name = jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                .param("e", Demo.PARENT)
                .query(String.class)
                .single();
        mvc.perform(as(get("/rating/" + id), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(1)&lt;/script&gt;")))
                .andExpect(content().string(not(containsString("<script>alert(1)"))))
                .andExpect(content().string(not(containsString(name))))
                .andExpect(content().string(containsString("class=\"chart-bar rating-negative\"")));
    }

    @Test
    void aFacilitatorStoresTheComparisonDateAndABadOneIsRefusedWithTheFormKept() throws Exception {
        long id = TestRatings.newInstance(jdbc, TestRatings.COLLECTIVE);
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Rome"));
        // the default: four weeks before today
        mvc.perform(as(get("/rating/" + id), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("finché non scegli una data")))
                .andExpect(content().string(containsString("value=\"" + today.minusWeeks(4) + "\"")));
        mvc.perform(as(post("/rating/" + id + "/compare"), Demo.PARKS_OFFICER).param("compareOn", "2026-02-03"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/rating/" + id));
        String stored = jdbc.sql("SELECT compare_on FROM rating_settings WHERE tool_instance_id = :i")
                .param("i", id)
                .query(String.class)
                .single();
        assertThat(stored).startsWith("2026-02-03");
        // every later visit compares around the stored date, unless ?around= asks for another one
        mvc.perform(as(get("/rating/" + id), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("la data scelta per questa valutazione")))
                .andExpect(content().string(containsString("id=\"around\" name=\"around\"")))
                .andExpect(content().string(containsString("value=\"2026-02-03\"")));
        mvc.perform(as(get("/rating/" + id).param("around", "2026-01-10"), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"2026-01-10\"")));
        // bad dates: 422, the message, the typed text kept, the stored date unchanged
        for (String bad : new String[] {"2026-13-45", "<script>x</script>", "1900-01-01"}) {
            mvc.perform(as(post("/rating/" + id + "/compare"), Demo.PARKS_OFFICER)
                            .param("compareOn", bad))
                    .andExpect(status().isUnprocessableEntity())
                    .andExpect(content().string(not(containsString("<script>x"))))
                    .andExpect(content().string(containsString("id=\"compareOn-error\"")));
        }
        mvc.perform(as(post("/rating/" + id + "/compare"), Demo.PARKS_OFFICER).param("compareOn", "2026-13-45"))
                .andExpect(content().string(containsString("Scrivi la data con giorno, mese e anno.")))
                .andExpect(content().string(containsString("value=\"2026-13-45\"")));
        assertThat(jdbc.sql("SELECT compare_on FROM rating_settings WHERE tool_instance_id = :i")
                        .param("i", id)
                        .query(String.class)
                        .single())
                .startsWith("2026-02-03");
        // emptied: back to the default
        mvc.perform(as(post("/rating/" + id + "/compare"), Demo.PARKS_OFFICER).param("compareOn", ""))
                .andExpect(status().isFound());
        mvc.perform(as(get("/rating/" + id), Demo.PARKS_OFFICER))
                .andExpect(content().string(containsString("finché non scegli una data")))
                .andExpect(content().string(containsString("value=\"" + today.minusWeeks(4) + "\"")));
        // a citizen may not set it
        mvc.perform(as(post("/rating/" + id + "/compare"), Demo.CITIZEN).param("compareOn", "2026-02-03"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aDateThatIsNotOneIsSaidSo() throws Exception {
        mvc.perform(as(get("/rating/" + demoInstance()).param("around", "2026-13-45"), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Scrivi la data con giorno, mese e anno.")));
        mvc.perform(as(get("/rating/" + demoInstance()).param("around", "2020-01-01"), Demo.PARKS_OFFICER))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("troppo poche per confrontarle")));
    }
}
