package org.cocrea.updates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@InitiativesWebTest
class UpdatesWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** The updates tool of one phase of a demo initiative (each phase of the demo's timelines has one). */
    private long instanceOf(String title, String phase) {
        return jdbc.sql("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = :title AND t.tool_id = 'updates' AND t.phase = :phase
                """)
                .param("title", title)
                .param("phase", phase)
                .query(Long.class)
                .single();
    }

    @Test
    void facilitatorsPostSanitisedUpdatesThatEveryReaderSees() throws Exception {
        var demo = new Demo(users);
        long instance = instanceOf("Percorsi ciclabili del quartiere", "co-delivery");
        mvc.perform(post("/updates/" + instance)
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("title", "Cantiere aperto")
                        .param("body", "Si parte **sabato** <script>alert(1)</script>"))
                .andExpect(status().isFound());
        mvc.perform(get("/updates/" + instance))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Cantiere aperto")))
                .andExpect(content().string(Matchers.containsString("<strong>sabato</strong>")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("<script>alert"))));
        // The demo data gave every instance a first post.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM update_post WHERE tool_instance_id = :i")
                        .param("i", instance)
                        .query(Long.class)
                        .single())
                .isEqualTo(2);
    }

    @Test
    void membersWhoDoNotFacilitateMayNotPostAndEmptyPostsAreRefused() throws Exception {
        var demo = new Demo(users);
        long instance = instanceOf("Percorsi ciclabili del quartiere", "co-commissioning");
        mvc.perform(post("/updates/" + instance)
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("title", "Mine")
                        .param("body", "text"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/updates/" + instance)
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("title", "")
                        .param("body", ""))
                .andExpect(status().is(422));
        mvc.perform(get("/updates/999999")).andExpect(status().isNotFound());
        long privateInstance = instanceOf("Piano personale di salute", "co-design");
        mvc.perform(get("/updates/" + privateInstance)).andExpect(status().isNotFound());
        mvc.perform(get("/updates/" + privateInstance).with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk());
    }
}
