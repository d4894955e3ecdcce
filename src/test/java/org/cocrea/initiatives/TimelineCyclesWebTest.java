package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** (Demo accounts speak Italian.) Cycles of the timeline through the pages: refused shapes store nothing. */
@InitiativesWebTest
class TimelineCyclesWebTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

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

    private long create() throws Exception {
        String location = mvc.perform(post("/initiatives")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("title", "Parco in cicli")
                        .param("summary", "A park improved cycle after cycle")
                        .param("description", "")
                        .param("domain", "environment-and-parks")
                        .param("level", "collective")
                        .param("citizenRoles", "co-designer")
                        .param("objectives", "effectiveness"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
    }

    private MockHttpServletRequestBuilder phase(long id, int cycle, String phase, int from, int to) {
        return post("/initiatives/" + id + "/phases")
                .with(csrf())
                .with(demo.as(Demo.PARKS_OFFICER))
                .param("phase", phase)
                .param("cycle", String.valueOf(cycle))
                .param("start", String.valueOf(TODAY.plusDays(from)))
                .param("end", String.valueOf(TODAY.plusDays(to)));
    }

    private long phases(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM initiative_phase WHERE initiative_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    private void refused(MockHttpServletRequestBuilder request, String message) throws Exception {
        mvc.perform(request).andExpect(status().is(422)).andExpect(content().string(Matchers.containsString(message)));
    }

    @Test
    void badCyclesAreRefusedWithTheirMessageAndNothingIsStored() throws Exception {
        long id = create();
        mvc.perform(phase(id, 1, "co-design", -10, -1)).andExpect(status().isFound());

        refused(phase(id, 2, "co-commissioning", 10, 20), "il ciclo precedente ha una fase di valutazione");
        refused(phase(id, 3, "co-commissioning", 10, 20), "senza salti");
        assertThat(phases(id)).isEqualTo(1);

        mvc.perform(phase(id, 1, "co-assessment", 0, 9)).andExpect(status().isFound());
        refused(phase(id, 2, "co-delivery", 10, 20), "comincia con la programmazione");
        refused(phase(id, 2, "co-commissioning", -30, -20), "dopo la fine dell’ultima fase del ciclo precedente");
        refused(phase(id, 2, "co-commissioning", 5, 20), "si sovrappongono");
        refused(phase(id, 3, "co-commissioning", 10, 20), "senza salti");
        assertThat(phases(id)).isEqualTo(2);

        mvc.perform(phase(id, 2, "co-commissioning", 10, 20)).andExpect(status().isFound());
        mvc.perform(phase(id, 2, "co-design", 21, 30)).andExpect(status().isFound());
        assertThat(phases(id)).isEqualTo(4);

        // cycle 2 depends on cycle 1's assessment and starts with its commissioning
        for (var removal : new String[][] {{"1", "co-assessment"}, {"2", "co-commissioning"}}) {
            refused(
                    post("/initiatives/" + id + "/phases/remove")
                            .with(csrf())
                            .with(demo.as(Demo.PARKS_OFFICER))
                            .param("cycle", removal[0])
                            .param("phase", removal[1])
                            .param("confirm", "yes"),
                    "il ciclo successivo dipende");
        }
        assertThat(phases(id)).isEqualTo(4);
    }

    @Test
    void theFacilitatorChoosesTheActivePhaseOfOneCycle() throws Exception {
        long id = create();
        mvc.perform(phase(id, 1, "co-design", -30, -21)).andExpect(status().isFound());
        mvc.perform(phase(id, 1, "co-assessment", -20, -11)).andExpect(status().isFound());
        mvc.perform(phase(id, 2, "co-commissioning", -10, -1)).andExpect(status().isFound());
        mvc.perform(phase(id, 2, "co-design", 0, 10)).andExpect(status().isFound());

        // By the dates, cycle 2's design is current.
        assertThat(activeStep(id)).isEqualTo("2/co-design");

        mvc.perform(post("/initiatives/" + id + "/active-phase")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("phase", "co-design")
                        .param("cycle", "1"))
                .andExpect(status().isFound());
        assertThat(activeStep(id)).isEqualTo("1/co-design");
        assertThat(jdbc.sql("SELECT active_cycle_override FROM initiative WHERE id = :id")
                        .param("id", id)
                        .query(Integer.class)
                        .single())
                .isEqualTo(1);

        // A phase that is not in the named cycle is refused, and the choice stays.
        refused(
                post("/initiatives/" + id + "/active-phase")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("phase", "co-commissioning")
                        .param("cycle", "1"),
                "non è nella linea del tempo");
        refused(
                post("/initiatives/" + id + "/active-phase")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("phase", "co-design")
                        .param("cycle", "uno"),
                "numero intero");
        assertThat(activeStep(id)).isEqualTo("1/co-design");
    }

    /** The cycle and phase of the one step the page marks as current, read from the facilitator's view. */
    private String activeStep(long id) throws Exception {
        String html = mvc.perform(get("/initiatives/" + id).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var active = Jsoup.parse(html).select("ol.timeline > li.active");
        assertThat(active).hasSize(1);
        var remove = active.first().selectFirst("form[action$=/phases/remove]");
        return remove.selectFirst("input[name=cycle]").val() + "/"
                + remove.selectFirst("input[name=phase]").val();
    }
}
