package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, finding 1: the care team (owner, facilitator) decided who "the citizen" of a personal plan is. It
 * could remove the real citizen, who then lost their own plan, and give the citizen role to a stand-in, who
 * could then consent to sharing and sign for the citizen. The citizen is now fixed once named; every change of
 * the care team is in the plan's access log and mailed to the citizen; only an administrator reassigns a plan,
 * with a stated reason, logged and mailed to both people.
 */
@InitiativesWebTest
class CareTeamCannotChooseTheCitizenTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;
    PrivatePlan plan;
    String marker;
    String standIn;

    @BeforeEach
    void plan() {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
        marker = "Riservato-" + UUID.randomUUID();
        plan = PrivatePlan.create(jdbc, marker);
        standIn = "stand.in." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestPeople.ensure(jdbc, standIn, "citizen", null);
    }

    private String members() {
        return "/initiatives/" + plan.initiative() + "/members";
    }

    private String role(long person) {
        return jdbc.sql("SELECT role FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                .param("i", plan.initiative())
                .param("p", person)
                .query(String.class)
                .optional()
                .orElse("none");
    }

    @Test
    void finding1_facilitatorRemovesTheCitizen_isRefusedAndTheCitizenStillReadsTheirPlan() throws Exception {
        mvc.perform(post(members() + "/" + plan.citizenId() + "/remove")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().is(422));
        assertThat(role(plan.citizenId()))
                .as("the facilitator removed the citizen from their own plan")
                .isEqualTo("citizen");
        for (String path : List.of("", "/audit", "/privacy", "/my-data.json")) {
            mvc.perform(get("/plans/" + plan.instance() + path).with(demo.as(plan.citizen())))
                    .andExpect(status().isOk());
        }
        // Nor can the citizen be demoted through the ordinary member form.
        mvc.perform(post(members())
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("email", plan.citizen())
                        .param("role", "observer"))
                .andExpect(status().is(422));
        assertThat(role(plan.citizenId())).isEqualTo("citizen");
    }

    @Test
    void finding1_facilitatorGrantsTheCitizenRoleToAnotherAccount_isRefusedAndTheStandInCannotActForTheCitizen()
            throws Exception {
        long standInId = PrivatePlan.person(jdbc, standIn);
        mvc.perform(post(members())
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("email", standIn)
                        .param("role", "citizen"))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("cittadino")));
        assertThat(role(standInId))
                .as("the facilitator made another account the citizen of the plan")
                .isEqualTo("none");
        // The proxy cannot be promoted either.
        mvc.perform(post(members())
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("email", plan.proxy())
                        .param("role", "citizen"))
                .andExpect(status().is(422));
        assertThat(role(plan.proxyId())).isEqualTo("proxy");

        // The real citizen withdrew nothing and gave no sharing consent: the would-be stand-in can neither restore
        // the FHIR export nor make a version agreed.
        mvc.perform(post("/plans/" + plan.instance() + "/consents/give")
                        .with(csrf())
                        .with(demo.as(standIn))
                        .param("scope", "share-data"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/" + plan.instance() + "/versions/1/sign")
                        .with(csrf())
                        .with(demo.as(standIn)))
                .andExpect(status().isNotFound());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :i")
                        .param("i", plan.initiative())
                        .query(Long.class)
                        .single())
                .isZero();
        mvc.perform(get("/api/plans/" + plan.initiative() + "/fhir").with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isForbidden());
    }

    @Test
    void finding1_aCareTeamChangeIsInThePlansAccessLogAndMailedToTheCitizen() throws Exception {
        long mails = PrivatePlan.mailsTo(jdbc, plan.citizen());
        long logged = plan.audits(jdbc, "team.change");
        mvc.perform(post(members())
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("email", standIn)
                        .param("role", "member"))
                .andExpect(status().isFound());
        assertThat(plan.audits(jdbc, "team.change"))
                .as("care-team change in the access log")
                .isEqualTo(logged + 1);
        assertThat(PrivatePlan.mailsTo(jdbc, plan.citizen()))
                .as("mails to the citizen")
                .isEqualTo(mails + 1);
        assertThat(PrivatePlan.lastMailTo(jdbc, plan.citizen()))
                .contains(standIn)
                .doesNotContain(marker);

        long standInId = PrivatePlan.person(jdbc, standIn);
        mvc.perform(post(members() + "/" + standInId + "/remove").with(csrf()).with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isFound());
        assertThat(plan.audits(jdbc, "team.change")).isEqualTo(logged + 2);
        assertThat(PrivatePlan.mailsTo(jdbc, plan.citizen())).isEqualTo(mails + 2);
        mvc.perform(get("/plans/" + plan.instance() + "/audit").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ha cambiato il gruppo di cura")));

        // A proxy the facilitator adds is logged and mailed too, and cannot act until the citizen consents.
        String carer = "carer." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        TestPeople.ensure(jdbc, carer, "citizen", null);
        mvc.perform(post(members())
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("email", carer)
                        .param("role", "proxy"))
                .andExpect(status().isFound());
        assertThat(PrivatePlan.mailsTo(jdbc, plan.citizen())).isEqualTo(mails + 3);
        mvc.perform(get("/plans/" + plan.instance()).with(demo.as(carer))).andExpect(status().isForbidden());
    }

    @Test
    void finding1_anAdministratorReassignsThePlanWithAReason_loggedAndMailedToBoth() throws Exception {
        String reassign = "/plans/" + plan.instance() + "/reassign";
        for (String who : List.of(Demo.SOCIAL_WORKER, plan.citizen(), Outsiders.OTHER_PRO)) {
            mvc.perform(get(reassign).with(demo.as(who))).andExpect(status().isNotFound());
            mvc.perform(post(reassign)
                            .with(csrf())
                            .with(demo.as(who))
                            .param("email", standIn)
                            .param("reason", "Il piano è stato creato per l'account sbagliato"))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get(reassign).with(demo.as(Demo.ADMIN))).andExpect(status().isOk());
        long oldMails = PrivatePlan.mailsTo(jdbc, plan.citizen());
        long newMails = PrivatePlan.mailsTo(jdbc, standIn);
        for (String reason : List.of("", "sbagliato", "   \u0000   ")) {
            mvc.perform(post(reassign)
                            .with(csrf())
                            .with(demo.as(Demo.ADMIN))
                            .param("email", standIn)
                            .param("reason", reason))
                    .andExpect(status().is(422));
        }
        mvc.perform(post(reassign)
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("email", "nobody-" + UUID.randomUUID() + "@example.org")
                        .param("reason", "Il piano è stato creato per l'account sbagliato"))
                .andExpect(status().is(422));
        assertThat(role(plan.citizenId())).isEqualTo("citizen");
        assertThat(plan.audits(jdbc, "plan.reassign")).isZero();

        String reason = "Il piano è stato creato per l'account sbagliato";
        mvc.perform(post(reassign)
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("email", standIn)
                        .param("reason", reason))
                .andExpect(status().isFound());
        long standInId = PrivatePlan.person(jdbc, standIn);
        assertThat(role(standInId)).isEqualTo("citizen");
        assertThat(role(plan.citizenId())).isEqualTo("none");
        assertThat(plan.audits(jdbc, "plan.reassign")).isEqualTo(1);
        assertThat(PrivatePlan.mailsTo(jdbc, plan.citizen())).isEqualTo(oldMails + 1);
        assertThat(PrivatePlan.mailsTo(jdbc, standIn)).isEqualTo(newMails + 1);
        assertThat(PrivatePlan.lastMailTo(jdbc, plan.citizen()))
                .contains(reason)
                .doesNotContain(marker);
        assertThat(PrivatePlan.lastMailTo(jdbc, standIn)).contains(reason).doesNotContain(marker);
        mvc.perform(get("/plans/" + plan.instance()).with(demo.as(standIn))).andExpect(status().isOk());
        mvc.perform(get("/plans/" + plan.instance()).with(demo.as(plan.citizen())))
                .andExpect(status().isNotFound());
    }
}
