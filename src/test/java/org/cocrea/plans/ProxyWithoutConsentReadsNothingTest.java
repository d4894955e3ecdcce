package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 12: a proxy without the citizen's consent was refused the plan and its tools, but still read
 * the initiative page, the updates tool and its {@code export.json}. The consent rule now holds for every page
 * and tool of an individual initiative.
 */
@InitiativesWebTest
class ProxyWithoutConsentReadsNothingTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;
    PrivatePlan plan;
    String marker;
    long updates;

    @BeforeEach
    void plan() {
        demo = new Demo(users);
        marker = "Riservato-" + UUID.randomUUID();
        plan = PrivatePlan.create(jdbc, marker);
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-design', 'updates', :now)
                """).param("i", plan.initiative()).param("now", now).update();
        updates = jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE initiative_id = :i AND tool_id = 'updates'")
                .param("i", plan.initiative())
                .query(Long.class)
                .single();
        jdbc.sql("""
                INSERT INTO update_post (tool_instance_id, author_id, title, body, posted_at)
                VALUES (:t, (SELECT id FROM app_user WHERE email = :w), :title, 'Testo', :now)
                """)
                .param("t", updates)
                .param("w", Demo.SOCIAL_WORKER)
                .param("title", "Aggiornamento " + marker)
                .param("now", now)
                .update();
    }

    private List<String> pages() {
        return List.of(
                "/initiatives/" + plan.initiative(),
                "/updates/" + updates,
                "/updates/" + updates + "/export.json",
                "/plans/" + plan.instance());
    }

    /** Whether the JSON list of initiatives shows the plan's initiative to the proxy. */
    private boolean listed() throws Exception {
        return mvc.perform(get("/api/initiatives")
                        .param("level", "individual")
                        .param("size", "100")
                        .with(demo.as(plan.proxy())))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .contains("\"id\":" + plan.initiative() + ",");
    }

    @Test
    void finding12_aProxyWithoutConsentCannotReadTheInitiativePageUpdatesOrTheirExport() throws Exception {
        for (String path : pages()) {
            var response = mvc.perform(get(path).with(demo.as(plan.proxy())))
                    .andReturn()
                    .getResponse();
            assertThat(response.getStatus())
                    .as(path + " for a proxy without consent")
                    .isIn(403, 404);
            assertThat(response.getContentAsString()).as(path).doesNotContain(marker);
        }
        mvc.perform(get("/initiatives/" + plan.initiative()).with(demo.as(plan.proxy())))
                .andExpect(status().isForbidden());
        assertThat(listed()).as("listed to a proxy without consent").isFalse();

        // With the citizen's consent the proxy reads them all; after its withdrawal, none again.
        mvc.perform(post("/plans/" + plan.instance() + "/consents/give")
                        .with(csrf())
                        .with(demo.as(plan.citizen()))
                        .param("scope", "act-for-citizen")
                        .param("proxy", String.valueOf(plan.proxyId())))
                .andExpect(status().isFound());
        for (String path : pages()) {
            mvc.perform(get(path).with(demo.as(plan.proxy()))).andExpect(status().isOk());
        }
        assertThat(listed()).as("listed to a proxy with consent").isTrue();
        mvc.perform(post("/plans/" + plan.instance() + "/consents/withdraw")
                        .with(csrf())
                        .with(demo.as(plan.citizen()))
                        .param("scope", "act-for-citizen")
                        .param("proxy", String.valueOf(plan.proxyId())))
                .andExpect(status().isFound());
        for (String path : pages()) {
            assertThat(mvc.perform(get(path).with(demo.as(plan.proxy())))
                            .andReturn()
                            .getResponse()
                            .getStatus())
                    .as(path + " after the consent was withdrawn")
                    .isIn(403, 404);
        }
        // The citizen and the case manager are unaffected.
        for (String who : List.of(plan.citizen(), Demo.SOCIAL_WORKER)) {
            for (String path : pages()) {
                mvc.perform(get(path).with(demo.as(who))).andExpect(status().isOk());
            }
        }
    }
}
