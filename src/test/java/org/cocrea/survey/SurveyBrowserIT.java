package org.cocrea.survey;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A parents' survey from build to results: the teacher creates it from the co-production template (named) and opens
 * it; a parent answers, and choosing "Maybe" shows the follow-up question the skip logic holds for it; the parent
 * saves and leaves, comes back later, finds the answers kept and sends them; the teacher reads the results with a
 * chart and its table and a cross-tabulation. axe-core checks every page on the way, at desktop and phone width.
 */
@ServerTest
class SurveyBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    private void waitForNotice() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main p.notice[role=status]")));
    }

    private long item(long instance, int position) {
        return jdbc.sql("SELECT id FROM survey_item WHERE tool_instance_id = :i AND position = :p")
                .param("i", instance)
                .param("p", position)
                .query(Long.class)
                .single();
    }

    private void go(String value) {
        submitAndAwaitNextPage(browser.findElement(By.cssSelector("button[name=go][value=" + value + "]")));
    }

    @Test
    void aParentAnswersWithSkipLogicResumesLaterAndTheFacilitatorReadsTheResults() {
        long id = TestSurveys.newInstance(jdbc, TestSurveys.GROUP);
        String survey = "/survey/" + id;

        signIn(Demo.TEACHER);
        open(survey);
        Axe.assertAccessible(browser);
        type("title", "Com’è andata la co-progettazione?");
        browser.findElement(By.id("template-coproduction")).click();
        browser.findElement(By.id("anonymous")).click(); // named: the results show from the first answer
        submitAndAwaitNextPage(survey);
        waitForNotice();
        assertNotice("survey.created");
        assertThat(browser.findElement(By.cssSelector("ol.survey-items")).getText())
                .contains(message("survey.tpl.coproduction.again"));
        Axe.assertAccessible(browser);
        submitAndAwaitNextPage(survey + "/open");
        waitForNotice();
        assertNotice("survey.opened");
        signOut();

        long influence = item(id, 1);
        long effort = item(id, 2);
        long again = item(id, 3);
        long why = item(id, 4);
        signIn(Demo.PARENT);
        open(survey);
        submitAndAwaitNextPage(browser.findElement(By.linkText(message("survey.you.start"))));
        Axe.assertAccessible(browser);
        // the follow-up question waits for "Maybe" or "No"
        assertThat(browser.findElement(By.id("q" + why)).isDisplayed()).isFalse();
        browser.findElement(By.cssSelector("label[for=q" + influence + "-v4]")).click();
        browser.findElement(By.cssSelector("label[for=q" + effort + "-v2]")).click();
        browser.findElement(By.cssSelector("label[for=q" + again + "-o2]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("q" + why)));
        type("q" + why, "Incontri la sera, dopo il lavoro.");
        Axe.assertAccessible(browser);
        go("save");
        waitForNotice();
        assertNotice("survey.answer.saved");
        signOut();

        // later: the survey says where the parent left off
        signIn(Demo.PARENT);
        open(survey);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(message("survey.you.resume.hint"));
        submitAndAwaitNextPage(browser.findElement(By.linkText(message("survey.you.resume"))));
        assertThat(browser.findElement(By.id("q" + again + "-o2")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("q" + why)).getAttribute("value"))
                .isEqualTo("Incontri la sera, dopo il lavoro.");
        Screenshots.saveAtBothWidths(browser, "survey-1-resumed");
        go("submit");
        waitForNotice();
        assertNotice("survey.answer.submitted");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(message("survey.you.done.named"));
        Axe.assertAccessible(browser);
        signOut();

        signIn(Demo.TEACHER);
        open(survey + "/results?of=" + again + "&by=" + influence);
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("survey.results.responses", 1))
                .contains("Incontri la sera, dopo il lavoro.");
        assertThat(browser.findElement(By.cssSelector("table#cross caption")).getText())
                .isEqualTo(message(
                        "survey.cross.caption",
                        message("survey.tpl.coproduction.again"),
                        message("survey.tpl.coproduction.influence")));
        assertThat(browser.findElements(By.cssSelector("svg[role=img] rect.chart-bar")))
                .isNotEmpty();
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "survey-2-results");
    }

    /**
     * A neighbour without an account holds a voting code printed for the initiative's budget (ADR 0033): from the
     * survey page they type it, answer, save and leave; later the same code brings their answers back and they send
     * them. axe-core checks the code pages at both widths.
     */
    @Test
    void aCodeHolderWithoutAnAccountAnswersSavesAndResumesWithTheCode() {
        long id = TestSurveys.newInstance(jdbc, TestSurveys.COLLECTIVE);
        String survey = "/survey/" + id;
        var now = java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC);
        jdbc.sql("""
                INSERT INTO survey (tool_instance_id, title, intro, anonymous, status, opens_at, closes_at,
                    announced, created_at, codes)
                VALUES (:i, 'Sicurezza in bici', '', TRUE, 'open', :opens, :closes, TRUE, :opens, TRUE)
                """)
                .param("i", id)
                .param("opens", now.minusDays(1))
                .param("closes", now.plusDays(7))
                .update();
        jdbc.sql("""
                INSERT INTO survey_item (tool_instance_id, position, kind, text, help, required, options, items,
                    allow_other, show_if_answers)
                VALUES (:i, 1, 'single', 'Usi i percorsi ciclabili?', '', TRUE, :options, '', FALSE, ''),
                       (:i, 2, 'short', 'Il punto più pericoloso?', '', FALSE, '', '', FALSE, '')
                """).param("i", id).param("options", "Sì\nNo").update();
        TestSurveys.issueCodes(jdbc, id, "HJKMN-23456");
        long uses = item(id, 1);
        long where = item(id, 2);

        open(survey);
        submitAndAwaitNextPage(browser.findElement(By.linkText(message("survey.code.link"))));
        Axe.assertAccessible(browser);
        type("code", "hjkmn 23456");
        submitAndAwaitNextPage(survey + "/code");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(message("survey.code.resume.hint"));
        browser.findElement(By.cssSelector("label[for=q" + uses + "-o1]")).click();
        type("q" + where, "Incrocio di via Roma");
        Axe.assertAccessible(browser);
        go("save");
        waitForNotice();
        assertNotice("survey.answer.saved");

        // later, on another visit: the code brings the answers back
        open(survey + "/code");
        type("code", "HJKMN-23456");
        submitAndAwaitNextPage(survey + "/code");
        assertThat(browser.findElement(By.id("q" + uses + "-o1")).isSelected()).isTrue();
        assertThat(browser.findElement(By.id("q" + where)).getAttribute("value"))
                .isEqualTo("Incrocio di via Roma");
        go("submit");
        waitForNotice();
        assertNotice("survey.code.submitted");
        Axe.assertAccessible(browser);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i AND code_key IS NOT NULL")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
