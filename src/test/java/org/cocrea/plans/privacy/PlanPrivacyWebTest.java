package org.cocrea.plans.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.List;
import java.util.UUID;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.Outsiders;
import org.cocrea.plans.PrivatePlan;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** Consents, emergency access, downloads, erasure: who may do what, and what each leaves behind. */
@InitiativesWebTest
class PlanPrivacyWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    PlanService service;

    @Autowired
    Initiatives initiatives;

    Demo demo;
    String marker;
    PrivatePlan plan;

    @BeforeEach
    void plan() {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
        marker = "Riservato-" + UUID.randomUUID();
        plan = PrivatePlan.create(jdbc, marker);
    }

    private String base() {
        return "/plans/" + plan.instance();
    }

    private ResultActions consent(String action, String who, String scope, String proxy) throws Exception {
        return mvc.perform(post(base() + "/consents/" + action)
                .with(csrf())
                .with(demo.as(who))
                .param("scope", scope)
                .param("proxy", proxy));
    }

    private long count(String sql) {
        return jdbc.sql(sql)
                .param("i", plan.instance())
                .param("n", plan.initiative())
                .query(Long.class)
                .single();
    }

    private long careTool(String toolId) {
        return jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :n AND tool_id = :t")
                .param("n", plan.initiative())
                .param("t", toolId)
                .query(Long.class)
                .single();
    }

    private long signatures() {
        return count("SELECT COUNT(*) FROM plan_signature WHERE tool_instance_id = :i");
    }

    @Test
    void aProxyReadsAndSignsOnlyWhileTheCitizensConsentIsRecorded() throws Exception {
        mvc.perform(get(base()).with(demo.as(plan.proxy())))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("non ha dato (o ha revocato) il consenso")))
                .andExpect(content().string(not(containsString(marker))));
        mvc.perform(post(base() + "/versions/1/sign").with(csrf()).with(demo.as(plan.proxy())))
                .andExpect(status().isForbidden());
        assertThat(signatures()).isEqualTo(2);

        consent("give", plan.citizen(), "act-for-citizen", String.valueOf(plan.proxyId()))
                .andExpect(status().isFound());
        mvc.perform(get(base()).with(demo.as(plan.proxy())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)));
        mvc.perform(post(base() + "/versions/1/sign").with(csrf()).with(demo.as(plan.proxy())))
                .andExpect(status().isFound());
        assertThat(signatures()).isEqualTo(3);

        consent("withdraw", plan.citizen(), "act-for-citizen", String.valueOf(plan.proxyId()))
                .andExpect(status().isFound());
        mvc.perform(get(base() + "/versions/1").with(demo.as(plan.proxy()))).andExpect(status().isForbidden());
        mvc.perform(get(base() + "/privacy").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("un delegato agisce per la persona")))
                .andExpect(content().string(containsString("Acconsento che " + plan.proxy() + " agisca per me")));
        assertThat(count("SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :n AND withdrawn_at IS NOT NULL"))
                .isEqualTo(1);
        assertThat(count("""
                        SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i
                        AND action IN ('consent.give', 'consent.withdraw')
                        """)).isEqualTo(2);
    }

    /** The signing code checks the consent itself, not only the page that leads to it. */
    @Test
    void signingForTheCitizenWithoutConsentIsRefusedByTheService() {
        var instance = initiatives.toolInstance(plan.instance()).orElseThrow();
        var proxy = person(plan.proxyId(), false);
        // The proxy without consent no longer sees the initiative at all (issue 11, finding 12): the access is built
        // by hand, with the initiative as the citizen sees it, to reach the service's own check.
        var initiative = initiatives
                .visible(plan.initiative(), person(plan.citizenId(), false))
                .orElseThrow();
        var access = new PlanService.Access(
                instance, initiative, MemberRole.PROXY, java.util.Set.of(PlanTool.SIGN), proxy, "127.0.0.1");
        assertThatThrownBy(() -> service.sign(access, 1))
                .isInstanceOf(Refused.class)
                .hasMessage("planprivacy.consent.required");
        assertThat(signatures()).isEqualTo(2);
    }

    @Test
    void consentFormsRefuseBadInputWithAClearMessageAndStoreNothing() throws Exception {
        long before = count("SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :n");
        for (String scope : List.of("", "everything", "<script>alert(1)</script>", "act-for-citizen\u0000")) {
            consent("give", plan.citizen(), scope, String.valueOf(plan.proxyId()))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("Scegli per cosa è il consenso")))
                    .andExpect(content().string(not(containsString("<script>alert(1)"))));
        }
        for (String proxy :
                List.of("", "abc", String.valueOf(plan.citizenId()), "99999999", "1 OR 1=1", "9".repeat(40))) {
            consent("give", plan.citizen(), "act-for-citizen", proxy)
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("Scegli uno dei delegati di questo piano")));
        }
        consent("withdraw", plan.citizen(), "share-data", "")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Non c’è un consenso attivo da revocare")));
        assertThat(count("SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :n"))
                .isEqualTo(before);

        consent("give", plan.citizen(), "share-data", "").andExpect(status().isFound());
        consent("give", plan.citizen(), "share-data", "")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Questo consenso è già stato dato")));
        assertThat(count("SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :n"))
                .isEqualTo(before + 1);
    }

    @Test
    void onlyTheCitizenChangesConsentsAndTheCareTeamDoesNotSeeThePrivacyPage() throws Exception {
        consent("give", plan.citizen(), "act-for-citizen", String.valueOf(plan.proxyId()))
                .andExpect(status().isFound());
        long before = count("SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :n");
        mvc.perform(get(base() + "/privacy").with(demo.as(plan.proxy()))).andExpect(status().isOk());
        consent("give", plan.proxy(), "share-data", "").andExpect(status().isForbidden());
        consent("withdraw", plan.proxy(), "act-for-citizen", String.valueOf(plan.proxyId()))
                .andExpect(status().isForbidden());
        mvc.perform(get(base() + "/privacy").with(demo.as(Demo.SOCIAL_WORKER))).andExpect(status().isNotFound());
        consent("give", Demo.SOCIAL_WORKER, "share-data", "").andExpect(status().isNotFound());
        for (String outsider : List.of(Demo.ADMIN, Outsiders.OTHER_CITIZEN, Outsiders.OTHER_PRO, Demo.CITIZEN)) {
            mvc.perform(get(base() + "/privacy").with(demo.as(outsider))).andExpect(status().isNotFound());
            consent("give", outsider, "share-data", "").andExpect(status().isNotFound());
        }
        mvc.perform(get(base() + "/privacy")).andExpect(status().isNotFound());
        assertThat(count("SELECT COUNT(*) FROM plan_consent WHERE initiative_id = :n"))
                .isEqualTo(before);
    }

    @Test
    void adminsSeeThatPlansExistButReadThemOnlyThroughANotifiedTimeLimitedEmergencyAccess() throws Exception {
        for (String who : List.of(Demo.CITIZEN, Demo.SOCIAL_WORKER, plan.citizen())) {
            mvc.perform(get("/plans/oversight").with(demo.as(who))).andExpect(status().isNotFound());
            mvc.perform(get(base() + "/emergency").with(demo.as(who))).andExpect(status().isNotFound());
        }
        mvc.perform(get("/plans/oversight")).andExpect(status().isNotFound());
        mvc.perform(get("/plans/oversight").with(demo.as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/plans/" + plan.instance() + "/emergency")))
                .andExpect(content().string(not(containsString(marker))))
                .andExpect(content().string(not(containsString("Piano " + plan.citizen()))));
        mvc.perform(get(base()).with(demo.as(Demo.ADMIN))).andExpect(status().isNotFound());

        long mails = mailsTo(plan.citizen());
        String reason = "<script>alert('x')</script> La persona non risponde da tre giorni";
        mvc.perform(post(base() + "/emergency")
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("reason", reason)
                        .param("minutes", "30"))
                .andExpect(status().isFound());
        assertThat(mailsTo(plan.citizen())).isEqualTo(mails + 1);
        String body = jdbc.sql(
                        "SELECT body FROM dev_mail WHERE recipient = :r ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("r", plan.citizen())
                .query(String.class)
                .single();
        assertThat(body).contains("La persona non risponde da tre giorni").doesNotContain(marker);

        mvc.perform(get(base()).with(demo.as(Demo.ADMIN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(marker)));
        // Read-only: no tool action is bound to the observer role an emergency access gets.
        mvc.perform(post(base() + "/versions/1/sign").with(csrf()).with(demo.as(Demo.ADMIN)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/versions")
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("objectives", "x"))
                .andExpect(status().isForbidden());
        assertThat(count("""
                        SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = 'plan.read'
                        AND person_id = (SELECT id FROM app_user WHERE email = 'admin@example.org')
                        """)).isEqualTo(1);

        mvc.perform(get(base() + "/privacy").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("&lt;script&gt;alert(")))
                .andExpect(content().string(not(containsString("<script>alert("))));
        mvc.perform(get(base() + "/audit").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("ha aperto un accesso di emergenza")));

        // The same access opens the tools around the plan, read-only, each read audited under the admin's name.
        for (String tool : List.of("needs", "actions", "ladder", "review")) {
            mvc.perform(get("/plans/" + tool + "/" + careTool(tool)).with(demo.as(Demo.ADMIN)))
                    .andExpect(status().isOk());
            mvc.perform(get("/plans/" + tool + "/" + careTool(tool)).with(demo.as(Outsiders.OTHER_PRO)))
                    .andExpect(status().isNotFound());
        }
        mvc.perform(get("/plans/needs/" + careTool("needs")).with(demo.as(Demo.ADMIN)))
                .andExpect(content().string(containsString("Bisogno " + marker)));
        mvc.perform(get("/plans/actions/" + careTool("actions")).with(demo.as(Demo.ADMIN)))
                .andExpect(content().string(containsString("Diario " + marker)));
        String diaryCount = "SELECT COUNT(*) FROM plan_diary d JOIN tool_instance t ON t.id = d.tool_instance_id"
                + " WHERE t.initiative_id = :n";
        long diary = count(diaryCount);
        mvc.perform(post("/plans/actions/" + careTool("actions") + "/diary")
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("doneOn", "2026-11-01")
                        .param("what", "scritto da un amministratore"))
                .andExpect(status().isForbidden());
        assertThat(count(diaryCount)).isEqualTo(diary);
        assertThat(count("SELECT COUNT(*) FROM plan_audit a JOIN tool_instance t ON t.id = a.tool_instance_id"
                        + " WHERE t.initiative_id = :n AND t.tool_id <> 'plan' AND a.person_id ="
                        + " (SELECT id FROM app_user WHERE email = 'admin@example.org')"))
                .isGreaterThanOrEqualTo(4);

        jdbc.sql("UPDATE plan_emergency_access SET started_at = started_at - INTERVAL '2' HOUR,"
                        + " expires_at = started_at - INTERVAL '1' HOUR WHERE tool_instance_id = :i")
                .param("i", plan.instance())
                .update();
        mvc.perform(get(base()).with(demo.as(Demo.ADMIN))).andExpect(status().isNotFound());
        for (String tool : List.of("needs", "actions", "ladder", "review")) {
            mvc.perform(get("/plans/" + tool + "/" + careTool(tool)).with(demo.as(Demo.ADMIN)))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    void anEmergencyAccessNeedsAReasonAndAnOfferedDuration() throws Exception {
        long mails = mailsTo(plan.citizen());
        String ok = "La persona non risponde da tre giorni";
        for (var input : List.of(
                List.of("", "30", "reason"),
                List.of("troppo corto", "30", "reason"),
                List.of("   \u0000\u0001                         ", "30", "reason"),
                List.of("x".repeat(1001), "30", "reason"),
                List.of(ok, "0", "minutes"),
                List.of(ok, "abc", "minutes"),
                List.of(ok, "100000000000", "minutes"),
                List.of(ok, "", "minutes"))) {
            mvc.perform(post(base() + "/emergency")
                            .with(csrf())
                            .with(demo.as(Demo.ADMIN))
                            .param("reason", input.get(0))
                            .param("minutes", input.get(1)))
                    .andExpect(status().is(422))
                    .andExpect(content()
                            .string(containsString(
                                    input.get(2).equals("reason")
                                            ? "Indica il motivo in 20–1.000 caratteri"
                                            : "Scegli una delle durate proposte")));
        }
        assertThat(count("SELECT COUNT(*) FROM plan_emergency_access WHERE tool_instance_id = :i"))
                .isZero();
        assertThat(mailsTo(plan.citizen())).isEqualTo(mails);
        mvc.perform(post(base() + "/emergency")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("reason", ok)
                        .param("minutes", "30"))
                .andExpect(status().isNotFound());
        mvc.perform(post("/plans/99999999/emergency")
                        .with(csrf())
                        .with(demo.as(Demo.ADMIN))
                        .param("reason", ok)
                        .param("minutes", "30"))
                .andExpect(status().isNotFound());
    }

    @Test
    void theCitizenDownloadsAllTheirPlanDataAsJsonAndPdf() throws Exception {
        mvc.perform(get(base() + "/my-data.json").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.initiativeId").value(plan.initiative()))
                .andExpect(jsonPath("$.versions[0].objectives").value("Obiettivo " + marker))
                .andExpect(jsonPath("$.versions[0].reviewDate").value("2027-06-30"))
                .andExpect(jsonPath("$.signatures.length()").value(2))
                .andExpect(jsonPath("$.goals[0].description").value("Goal " + marker))
                .andExpect(jsonPath("$.goals[0].scores[0].level").value(1))
                .andExpect(jsonPath("$.accessLog[0].action").value("data.download"))
                .andExpect(jsonPath("$.accessLog[0].tool").value("plan"))
                .andExpect(jsonPath("$.care.needs[0].title").value("Bisogno " + marker))
                .andExpect(jsonPath("$.care.needs[0].domain").value("health"))
                .andExpect(jsonPath("$.care.needs[0].citizenText").value("Io " + marker))
                .andExpect(jsonPath("$.care.needs[0].professionalText").value("Noi " + marker))
                .andExpect(jsonPath("$.care.actions[0].title").value("Azione " + marker))
                .andExpect(jsonPath("$.care.actions[0].status").value("planned"))
                .andExpect(jsonPath("$.care.diary[0].what").value("Diario " + marker))
                .andExpect(jsonPath("$.care.diary[0].minutes").value(30))
                .andExpect(jsonPath("$.care.diary[0].how").value("Bene " + marker))
                .andExpect(jsonPath("$.care.ladderAreas[0].name").value("Salute"))
                .andExpect(jsonPath("$.care.ladderReadings.length()").value(2))
                .andExpect(jsonPath("$.care.ladderReadings[*].role", hasItem("citizen")))
                .andExpect(jsonPath("$.care.reviews.length()").value(0))
                .andExpect(jsonPath("$.people[*].name", hasItem(plan.citizen())))
                .andExpect(jsonPath("$.people[*].role", hasItem("citizen")));
        byte[] pdf = mvc.perform(get(base() + "/my-data.pdf").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        // Long lines wrap in the PDF, so the text is compared without its line breaks.
        assertThat(text(pdf).replaceAll("\\s+", ""))
                .contains("Obiettivo" + marker)
                .contains("Goal" + marker)
                .contains("Bisogno" + marker)
                .contains("Io" + marker)
                .contains("Noi" + marker)
                .contains("Azione" + marker)
                .contains("Diario" + marker)
                .contains("Bene" + marker)
                .contains("Salute6")
                .contains("Personainteressata")
                .contains("Referente")
                .doesNotContain("Titolare")
                .doesNotContain("role.");
        for (String who : List.of(Demo.SOCIAL_WORKER, plan.proxy(), Demo.ADMIN, Outsiders.OTHER_CITIZEN)) {
            int expected = who.equals(plan.proxy()) ? 403 : 404;
            mvc.perform(get(base() + "/my-data.json").with(demo.as(who))).andExpect(status().is(expected));
            mvc.perform(get(base() + "/my-data.pdf").with(demo.as(who))).andExpect(status().is(expected));
        }
        assertThat(count("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i AND action = 'data.download'"))
                .isEqualTo(2);
    }

    @Test
    void theSignedVersionPrintsWithSectionsSignersTimesAndHash() throws Exception {
        String hash = new PlanRepository(jdbc)
                .version(plan.instance(), 1)
                .orElseThrow()
                .content()
                .sha256();
        byte[] pdf = mvc.perform(get(base() + "/versions/1/pdf").with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        String text = text(pdf);
        assertThat(text)
                .contains("Obiettivo " + marker)
                .contains("Servizio " + marker)
                .contains("30 giugno 2027")
                .contains(plan.citizen())
                .contains("versione 1")
                .doesNotContain("UTC");
        assertThat(text.replaceAll("\\s", "")).contains("SHA-256" + hash);
        mvc.perform(get(base() + "/versions/2/pdf").with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/versions/1/pdf").with(demo.as(Outsiders.OTHER_PRO)))
                .andExpect(status().isNotFound());
        mvc.perform(get(base() + "/versions/1/pdf")).andExpect(status().isNotFound());
    }

    @Test
    void erasureClearsTheContentKeepsTheRecordAndSaysSo() throws Exception {
        for (String confirm : List.of("", "no", "YES", "yes ", "<b>yes</b>")) {
            mvc.perform(post(base() + "/erasure")
                            .with(csrf())
                            .with(demo.as(plan.citizen()))
                            .param("confirm", confirm))
                    .andExpect(status().is(422))
                    .andExpect(content().string(containsString("Spunta la casella per confermare")));
        }
        consent("give", plan.citizen(), "act-for-citizen", String.valueOf(plan.proxyId()));
        mvc.perform(post(base() + "/erasure")
                        .with(csrf())
                        .with(demo.as(plan.proxy()))
                        .param("confirm", "yes"))
                .andExpect(status().isForbidden());
        mvc.perform(post(base() + "/erasure")
                        .with(csrf())
                        .with(demo.as(Demo.SOCIAL_WORKER))
                        .param("confirm", "yes"))
                .andExpect(status().isNotFound());
        assertThat(count("SELECT COUNT(*) FROM plan_version WHERE tool_instance_id = :i AND objectives <> ''"))
                .isEqualTo(1);
        long audits = count("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i");

        mvc.perform(post(base() + "/erasure")
                        .with(csrf())
                        .with(demo.as(plan.citizen()))
                        .param("confirm", "yes"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM plan_version WHERE tool_instance_id = :i AND objectives <> ''"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM plan_goal WHERE tool_instance_id = :i AND description <> ''"))
                .isZero();
        for (String table : List.of("plan_need", "plan_action", "plan_diary")) {
            assertThat(count("SELECT COUNT(*) FROM " + table + " WHERE tool_instance_id IN"
                            + " (SELECT id FROM tool_instance WHERE initiative_id = :n)"))
                    .as(table + " rows kept")
                    .isPositive();
        }
        assertThat(count("SELECT COUNT(*) FROM plan_diary WHERE (what LIKE '%Riservato%' OR how LIKE '%Riservato%')"
                        + " AND tool_instance_id IN (SELECT id FROM tool_instance WHERE initiative_id = :n)"))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM plan_need WHERE title LIKE '%Riservato%'"
                        + " AND tool_instance_id IN (SELECT id FROM tool_instance WHERE initiative_id = :n)"))
                .isZero();
        assertThat(signatures()).isEqualTo(2);
        assertThat(count("SELECT COUNT(*) FROM plan_audit WHERE tool_instance_id = :i"))
                .isGreaterThan(audits);
        mvc.perform(get(base()).with(demo.as(Demo.SOCIAL_WORKER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("è stato cancellato su richiesta della persona")))
                .andExpect(content().string(containsString("non corrispondono più al contenuto cancellato")))
                .andExpect(content().string(not(containsString(marker))));
        mvc.perform(get(base() + "/my-data.json").with(demo.as(plan.citizen())))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString(marker))))
                .andExpect(jsonPath("$.erasure.upToVersion").value(1));
    }

    private long mailsTo(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM dev_mail WHERE recipient = :r")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    static String text(byte[] pdf) throws Exception {
        var reader = new PdfReader(pdf);
        var extractor = new PdfTextExtractor(reader);
        var out = new StringBuilder();
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            out.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        return out.toString();
    }

    static SignedInPerson person(long id, boolean admin) {
        return new SignedInPerson() {
            @Override
            public long personId() {
                return id;
            }

            @Override
            public String displayName() {
                return "test";
            }

            @Override
            public boolean isAdmin() {
                return admin;
            }

            @Override
            public boolean isProfessional() {
                return false;
            }
        };
    }
}
