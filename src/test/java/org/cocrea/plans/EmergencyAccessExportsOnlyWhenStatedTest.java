package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
 * Issue 11, tightening (a): an emergency access let the administrator take the bulk FHIR export of the whole
 * record whatever the stated reason. The export now needs the access to say so ("includes export of the whole
 * record"), which the citizen's mail and the access log show; a refused attempt is logged too.
 */
@InitiativesWebTest
class EmergencyAccessExportsOnlyWhenStatedTest {
    static final String REASON = "La persona non risponde da tre giorni";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;
    PrivatePlan plan;
    String marker;

    @BeforeEach
    void plan() throws Exception {
        demo = new Demo(users);
        marker = "Riservato-" + UUID.randomUUID();
        plan = PrivatePlan.create(jdbc, marker);
        // The citizen consents to sharing, so only the emergency rule can refuse the export.
        mvc.perform(post("/plans/" + plan.instance() + "/consents/give")
                        .with(csrf())
                        .with(demo.as(plan.citizen()))
                        .param("scope", "share-data"))
                .andExpect(status().isFound());
    }

    @Test
    void tighteningA_anEmergencyAccessWithoutExportInItsReasonCannotTakeTheFhirExport() throws Exception {
        mvc.perform(post("/plans/" + plan.instance() + "/emergency")
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("reason", REASON)
                        .param("minutes", "30"))
                .andExpect(status().isFound());
        mvc.perform(get("/plans/" + plan.instance()).with(demo.as(Demo.ADMIN))).andExpect(status().isOk());
        var fhir = mvc.perform(get("/api/plans/" + plan.initiative() + "/fhir").with(demo.as(Demo.ADMIN)))
                .andReturn()
                .getResponse();
        assertThat(fhir.getStatus())
                .as("FHIR export under an emergency access without export")
                .isEqualTo(403);
        assertThat(fhir.getContentAsString()).doesNotContain(marker).contains("emergency");
        assertThat(plan.audits(jdbc, "export.refused"))
                .as("the refused export is logged")
                .isEqualTo(1);
        assertThat(plan.audits(jdbc, "fhir.read")).isZero();
        mvc.perform(get("/plans/" + plan.instance() + "/my-data.json").with(demo.as(Demo.ADMIN)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("esportazione")));
        assertThat(plan.audits(jdbc, "export.refused")).isEqualTo(2);
        assertThat(PrivatePlan.lastMailTo(jdbc, plan.citizen())).contains(REASON);
    }

    @Test
    void tighteningA_anEmergencyAccessThatStatesTheExportMayTakeItAndTheCitizenIsToldSo() throws Exception {
        mvc.perform(post("/plans/" + plan.instance() + "/emergency")
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("reason", REASON)
                        .param("minutes", "30")
                        .param("wholeRecord", "true"))
                .andExpect(status().isFound());
        assertThat(PrivatePlan.lastMailTo(jdbc, plan.citizen()))
                .contains(REASON)
                .contains("export");
        mvc.perform(get("/api/plans/" + plan.initiative() + "/fhir").with(demo.as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)));
        assertThat(plan.audits(jdbc, "fhir.read")).isEqualTo(1);
        assertThat(plan.audits(jdbc, "export.refused")).isZero();
        mvc.perform(get("/plans/" + plan.instance() + "/audit").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("esportazione")));
    }
}
