package org.cocrea.plans.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.plans.Outsiders;
import org.cocrea.plans.PrivatePlan;
import org.cocrea.testing.Demo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Signing a plan in human words (issue 14, point 5): the changes under the sections' names, "what changed since
 * you signed" next to Sign, the status after each signature, the hashes behind "technical details", and the
 * care-team's roles (case manager, never "owner"). Each test has its own plan, signed at version 1 by the
 * citizen and the case manager (the demo social worker).
 */
@InitiativesWebTest
class PlanSigningWebTest {
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
    void plan() {
        demo = new Demo(users);
        Outsiders.ensure(jdbc);
        marker = "Firma-" + UUID.randomUUID();
        plan = PrivatePlan.create(jdbc, marker);
    }

    private String base() {
        return "/plans/" + plan.instance();
    }

    private Document page(String path, String who) throws Exception {
        String html = mvc.perform(get(path).with(demo.as(who)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        return Jsoup.parse(html);
    }

    /** Version 2: the same objectives, services and providers; a new case manager, a later review date. */
    private void proposeVersion2(String who) throws Exception {
        mvc.perform(post(base() + "/versions")
                        .with(csrf())
                        .with(demo.as(who))
                        .param("objectives", "Obiettivo " + marker)
                        .param("services", "Servizio " + marker)
                        .param("providers", "ASL")
                        .param("caseManager", "Assistente sociale Marta Rossi")
                        .param("reviewDate", "2027-09-15"))
                .andExpect(status().isFound());
    }

    private void sign(int version, String who) throws Exception {
        mvc.perform(post(base() + "/versions/" + version + "/sign").with(csrf()).with(demo.as(who)))
                .andExpect(status().isFound());
    }

    @Test
    void theDiffShowsTheSectionsByNameInWrappedTextWithChangesMarkedInWords() throws Exception {
        proposeVersion2(plan.citizen());
        var diff = page(base() + "/diff?from=1&to=2", plan.citizen());
        String text = diff.select("main").text();
        assertThat(text).doesNotContain("##").doesNotContain("caseManager").doesNotContain("reviewDate");
        assertThat(diff.select(".plan-change h2").eachText())
                .containsExactly("Referente del progetto", "Data di verifica");
        assertThat(diff.select("pre")).isEmpty();
        // The edited line is one row, word by word: what went is struck through, what came underlined, and each
        // says so in words to a screen reader, not in colour alone.
        var row = diff.selectFirst(".plan-change .row-changed");
        assertThat(row).isNotNull();
        assertThat(row.select("ins").text()).isEqualTo("aggiunto: Marta Rossi");
        assertThat(row.select("ins .visually-hidden").text()).isEqualTo("aggiunto:");
        assertThat(row.text()).startsWith("Assistente sociale");
        var date = diff.select(".plan-change").get(1);
        assertThat(date.select("del").text()).isEqualTo("tolto: 30 giugno 2027");
        assertThat(date.select("ins").text()).isEqualTo("aggiunto: 15 settembre 2027");
        assertThat(diff.select("p.meta").text()).contains("Senza modifiche: Obiettivi");
    }

    @Test
    void nextToSignEachSignerSeesWhatChangedSinceTheySignedAndTheStatusFollowsEachSignature() throws Exception {
        proposeVersion2(Demo.SOCIAL_WORKER);

        var citizen = page(base(), plan.citizen());
        var panel = citizen.selectFirst("section.sign-panel");
        assertThat(panel).isNotNull();
        assertThat(panel.select("h2").text()).isEqualTo("Che cosa è cambiato da quando hai firmato");
        assertThat(panel.text()).contains("Hai firmato la versione 1").contains("Referente del progetto");
        assertThat(panel.select("form[action=" + base() + "/versions/2/sign] button")
                        .text())
                .isEqualTo("Firma la versione 2");
        assertThat(citizen.select(".signing-status").text())
                .isEqualTo("In attesa della tua firma e di quella del referente.");

        sign(2, plan.citizen());
        var afterCitizen = page(base(), plan.citizen());
        assertThat(afterCitizen.select(".signing-status").text()).isEqualTo("Firmato da te, in attesa del referente.");
        assertThat(afterCitizen.select("section.sign-panel")).isEmpty();
        var worker = page(base(), Demo.SOCIAL_WORKER);
        assertThat(worker.select(".signing-status").text())
                .isEqualTo("Firmato dalla persona, in attesa della tua firma.");
        assertThat(worker.select("section.sign-panel").text()).contains("Hai firmato la versione 1");
        // Version 1 stays the agreed one until both have signed version 2.
        assertThat(worker.select(".badge.ok").text()).contains("la versione 1");

        sign(2, Demo.SOCIAL_WORKER);
        for (String who : new String[] {plan.citizen(), Demo.SOCIAL_WORKER}) {
            var agreed = page(base(), who);
            assertThat(agreed.select(".signing-status").text()).startsWith("Concordato da entrambi il ");
            assertThat(agreed.select("section.sign-panel")).isEmpty();
        }
        assertThat(page(base() + "/versions/1", plan.citizen())
                        .select(".signing-status")
                        .text())
                .startsWith("Concordato da entrambi il ");
    }

    @Test
    void someoneWhoNeverSignedIsToldSoNextToSign() throws Exception {
        mvc.perform(post(base() + "/consents/give")
                        .with(csrf())
                        .with(demo.as(plan.citizen()))
                        .param("scope", "act-for-citizen")
                        .param("proxy", String.valueOf(plan.proxyId())))
                .andExpect(status().isFound());
        var proxy = page(base(), plan.proxy());
        assertThat(proxy.select("section.sign-panel").text())
                .contains("Non hai ancora firmato nessuna versione")
                .doesNotContain("Hai firmato la versione");
        // The citizen's side has signed version 1: for the proxy it waits for nobody but is already agreed.
        assertThat(proxy.select(".signing-status").text()).startsWith("Concordato da entrambi il ");
    }

    @Test
    void hashesAreBehindTechnicalDetailsAndTheCaseManagerIsNeverCalledOwner() throws Exception {
        for (String path : new String[] {base(), base() + "/versions/1"}) {
            var html = page(path, plan.citizen());
            var hashes = html.select("code.hash");
            assertThat(hashes).isNotEmpty();
            assertThat(hashes).allSatisfy(code -> {
                assertThat(code.text()).matches("[0-9a-f]{64}");
                assertThat(code.closest("details.technical")).isNotNull();
                assertThat(code.closest("details.technical")
                                .selectFirst("summary")
                                .text())
                        .isEqualTo("Dettagli tecnici");
            });
            String text = html.select("main").text();
            assertThat(text).doesNotContain("Titolare").doesNotContain("UTC");
            assertThat(html.select("ul.signatures").text())
                    .contains("(Referente)")
                    .contains("Tu (Persona interessata)");
        }
        var english = Jsoup.parse(
                mvc.perform(get(base()).header("Accept-Language", "en").with(demo.as(plan.citizen())))
                        .andReturn()
                        .getResponse()
                        .getContentAsString(StandardCharsets.UTF_8));
        assertThat(english.select("main").text()).doesNotContain("Owner");
        assertThat(english.select("ul.signatures").text()).contains("(Case manager)");
    }
}
