package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@InitiativesWebTest
class PetitionWebTest {
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
        People.ensure(jdbc);
    }

    private long organisation() {
        return jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune di Esempio'")
                .query(Long.class)
                .single();
    }

    private long propose(String title) throws Exception {
        String url = mvc.perform(post("/petitions")
                        .with(csrf())
                        .with(demo.as(Demo.VOLUNTEER))
                        .param("organisationId", String.valueOf(organisation()))
                        .param("title", title)
                        .param("summary", "Shade for the playground")
                        .param("domain", "environment-and-parks")
                        .param("level", "collective"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        return Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
    }

    private long supports(long id) {
        return jdbc.sql("SELECT COUNT(*) FROM petition_support WHERE petition_id = :id")
                .param("id", id)
                .query(Long.class)
                .single();
    }

    @Test
    void aSecondSupportIsCountedOnceAndTheThresholdStartsTheDeadline() throws Exception {
        mvc.perform(post("/petitions/settings")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("supportThreshold", "3")
                        .param("answerDays", "30"))
                .andExpect(status().isFound());
        long id = propose("Trees in the playground");
        assertThat(supports(id)).isEqualTo(1);
        // one support in the singular (issue 14, point 4: not "1 sostegni su 3")
        mvc.perform(get("/petitions/" + id).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(Matchers.containsString("1 sostegno su 3")))
                .andExpect(content().string(Matchers.containsString("Sostieni questa petizione")));
        for (int k = 0; k < 2; k++) {
            mvc.perform(post("/petitions/" + id + "/support").with(csrf()).with(demo.as(Demo.PARENT)))
                    .andExpect(status().isFound());
        }
        // a supporter is told they support it, not asked to "Sostieni questa petizione." again
        mvc.perform(get("/petitions/" + id).with(demo.as(Demo.PARENT)))
                .andExpect(content().string(Matchers.containsString("Hai dato il tuo sostegno a questa petizione.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Sostieni questa petizione"))));
        mvc.perform(post("/petitions/" + id + "/support").with(csrf()).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(status().isFound());
        assertThat(supports(id)).isEqualTo(2);
        mvc.perform(post("/petitions/" + id + "/support").with(csrf()).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isFound());
        mvc.perform(get("/petitions/" + id))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("3 sostegni su 3")))
                .andExpect(content().string(Matchers.containsString("In attesa di risposta")))
                .andExpect(content()
                        .string(Matchers.containsString("<time datetime=\""
                                + java.time.LocalDate.now(java.time.ZoneOffset.UTC)
                                        .plusDays(30) + "\">")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("risposta in ritardo"))));
        mvc.perform(post("/petitions/" + id + "/support").with(csrf())).andExpect(redirectedUrl("/login"));

        // The organisation lets the deadline pass: everyone sees that the answer is late.
        jdbc.sql("UPDATE petition SET answer_due_on = :d WHERE id = :id")
                .param("d", java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1))
                .param("id", id)
                .update();
        mvc.perform(get("/petitions/" + id))
                .andExpect(content().string(Matchers.containsString("risposta in ritardo")));
    }

    @Test
    void onlyTheOrganisationAnswersDeclinesNeedReasonsAndAcceptingMakesTheProposerCoOwner() throws Exception {
        long declined = propose("Skate park");
        mvc.perform(post("/petitions/" + declined + "/decline").with(csrf()).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petitions/" + declined + "/accept").with(csrf()).with(demo.as(People.OTHER_PRO)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/petitions/" + declined + "/decline").with(csrf()).with(demo.as(Demo.TEACHER)))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Indica i motivi")));
        mvc.perform(post("/petitions/" + declined + "/decline")
                        .with(csrf())
                        .with(demo.as(Demo.TEACHER))
                        .param("reasons", "The area floods in winter"))
                .andExpect(status().isFound());
        mvc.perform(get("/petitions/" + declined))
                .andExpect(content().string(Matchers.containsString("The area floods in winter")));
        mvc.perform(post("/petitions/" + declined + "/accept").with(csrf()).with(demo.as(Demo.TEACHER)))
                .andExpect(status().is(422));
        mvc.perform(post("/petitions/" + declined + "/support").with(csrf()).with(demo.as(Demo.PARENT)))
                .andExpect(status().is(422));

        long accepted = propose("Community garden");
        String url = mvc.perform(
                        post("/petitions/" + accepted + "/accept").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long initiative = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM initiative_member m JOIN app_user u ON u.id = m.person_id
                        WHERE m.initiative_id = :i AND m.role = 'owner' AND u.email IN (:emails)
                        """)
                        .param("i", initiative)
                        .param("emails", java.util.List.of(Demo.VOLUNTEER, Demo.PARKS_OFFICER))
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
        mvc.perform(get("/initiatives/" + initiative).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Promotore")));
    }

    @Test
    void badPetitionsAndWhoMayPropose() throws Exception {
        mvc.perform(get("/petitions")).andExpect(status().isOk());
        mvc.perform(get("/petitions/new")).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/petitions/new").with(demo.as(Demo.TEACHER))).andExpect(status().isForbidden());
        mvc.perform(get("/petitions/new").with(demo.as(Demo.CITIZEN))).andExpect(status().isOk());
        mvc.perform(get("/petitions/settings").with(demo.as(Demo.CITIZEN))).andExpect(status().isForbidden());
        mvc.perform(post("/petitions/settings")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("supportThreshold", "0")
                        .param("answerDays", "30"))
                .andExpect(status().is(422));
        long before =
                jdbc.sql("SELECT COUNT(*) FROM petition").query(Long.class).single();
        mvc.perform(post("/petitions")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("organisationId", "999999")
                        .param("title", "")
                        .param("domain", "space")
                        .param("level", "individual"))
                .andExpect(status().is(422));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM petition").query(Long.class).single())
                .isEqualTo(before);
        mvc.perform(get("/petitions/999999")).andExpect(status().isNotFound());
    }
}
