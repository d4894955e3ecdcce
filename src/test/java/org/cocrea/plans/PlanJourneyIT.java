package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.platform.Formats;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The individual plan in a real browser, through its four phases, as the citizen and as the social worker:
 * needs (ranked and agreed) → plan version → both signatures → an action → a diary entry → a GAS follow-up,
 * with the T-score the page shows checked against the formula; axe-core on every page.
 */
@ServerTest
class PlanJourneyIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    private long planInstance() {
        return jdbc.sql("""
                SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE t.tool_id = 'plan' AND i.title = :t
                """)
                .param("t", PlansDemoData.INITIATIVE)
                .query(Long.class)
                .single();
    }

    private int latestVersion(long plan) {
        return jdbc.sql("SELECT MAX(version_no) FROM plan_version WHERE tool_instance_id = :i")
                .param("i", plan)
                .query(Integer.class)
                .single();
    }

    @Test
    void theCitizenAndTheSocialWorkerWalkTheFourPhases() {
        String needs = "/plans/needs/" + CareTools.needs(jdbc);
        String actions = "/plans/actions/" + CareTools.actions(jdbc);
        long plan = planInstance();

        // Co-commissioning: the citizen adds a need, ranks all of them and proposes their order as agreed.
        signIn(Demo.CITIZEN);
        open(needs);
        Axe.assertAccessible(browser);
        new Select(browser.findElement(By.id("domain"))).selectByValue("home");
        type("title", "Le scale di casa");
        type("text", "Salgo le scale con fatica");
        submitAndAwaitNextPage(needs + "/needs");
        assertNotice("care.need.added");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Le scale di casa");
        submitAndAwaitNextPage(needs + "/ranking");
        assertNotice("care.rank.saved");
        submitAndAwaitNextPage(browser.findElement(By.cssSelector("ul.propose-orders button")));
        assertNotice("care.agree.saved");
        Axe.assertAccessible(browser);
        signOut();

        // The social worker confirms the same order: it is agreed.
        signIn(Demo.SOCIAL_WORKER);
        open(needs);
        Axe.assertAccessible(browser);
        submitAndAwaitNextPage(browser.findElement(By.cssSelector(".pending-order button")));
        assertNotice("care.agree.saved");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#agreed + p .badge.ok")));
        assertThat(browser.findElement(By.cssSelector("ol.agreed-order")).getText())
                .contains("Le scale di casa");

        // Co-design: the social worker proposes a new version of the plan and signs it.
        open("/plans/" + plan);
        Axe.assertAccessible(browser);
        // The form opens on demand, so the plan page stays short.
        browser.findElement(By.cssSelector("#propose > summary")).click();
        type("objectives", "Camminare 30 minuti al giorno.\nSalire le scale con il corrimano nuovo.");
        submitAndAwaitNextPage("/plans/" + plan + "/versions");
        assertNotice("plans.version.created");
        int version = latestVersion(plan);
        Axe.assertAccessible(browser);
        open("/plans/" + plan);
        submitAndAwaitNextPage("/plans/" + plan + "/versions/" + version + "/sign");
        assertNotice("plans.signed");
        signOut();

        // The citizen signs the same version: the plan is agreed.
        signIn(Demo.CITIZEN);
        open("/plans/" + plan);
        submitAndAwaitNextPage("/plans/" + plan + "/versions/" + version + "/sign");
        assertNotice("plans.signed");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".badge.ok")));
        assertThat(browser.findElement(By.cssSelector(".badge.ok")).getText()).contains(String.valueOf(version));
        Axe.assertAccessible(browser);

        // Co-delivery: the citizen adds an action for themself and writes in the diary.
        open(actions);
        Axe.assertAccessible(browser);
        type("title", "Montare il corrimano sulle scale");
        new Select(browser.findElement(By.id("kind"))).selectByValue("family");
        new Select(browser.findElement(By.id("performer")))
                .selectByValue(String.valueOf(CareTools.person(jdbc, Demo.PARENT)));
        submitAndAwaitNextPage(actions + "/actions");
        assertNotice("care.action.added");
        assertThat(browser.findElement(By.id("actions")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Montare il corrimano sulle scale");
        browser.findElement(By.cssSelector("#diary ~ details summary")).click();
        type("what", "Prima salita con il corrimano");
        type("minutes", "15");
        submitAndAwaitNextPage(actions + "/diary");
        assertNotice("care.diary.added");
        assertThat(browser.findElement(By.cssSelector("ol.diary")).getText()).contains("Prima salita con il corrimano");
        Axe.assertAccessible(browser);
        signOut();

        // Co-assessment: the social worker scores a GAS follow-up; the T-score shown matches the formula.
        signIn(Demo.SOCIAL_WORKER);
        open("/plans/" + plan + "#goals");
        // A new goal with what −2..+2 would look like, agreed before scoring; weight importance 3 × difficulty 2.
        browser.findElement(By.cssSelector("#add-goal > summary")).click();
        type("goal", "Salire le scale da sola");
        type("levelMinus2", "Non sale le scale");
        type("levelMinus1", "Sale un piano con aiuto");
        type("level0", "Sale un piano da sola con il corrimano");
        type("levelPlus1", "Sale due piani da sola");
        type("levelPlus2", "Sale due piani da sola senza corrimano");
        new Select(browser.findElement(By.id("importance"))).selectByValue("3");
        new Select(browser.findElement(By.id("difficulty"))).selectByValue("2");
        submitAndAwaitNextPage("/plans/" + plan + "/goals");
        assertNotice("plans.goal.added");
        var added = new GoalRepository(jdbc)
                .of(plan).stream()
                        .filter(g -> g.description().equals("Salire le scale da sola"))
                        .findFirst()
                        .orElseThrow();
        assertThat(added.weight()).isEqualTo(6.0);
        assertThat(added.levelText(2)).isEqualTo("Sale due piani da sola senza corrimano");
        assertThat(browser.findElement(By.cssSelector("#goal-" + added.id() + " td.weight"))
                        .getText())
                .startsWith("6");
        // Its first score, dated today by default, is its baseline.
        browser.findElement(By.cssSelector("#goal-" + added.id() + " td.score summary"))
                .click();
        new Select(browser.findElement(By.id("level-" + added.id()))).selectByValue("-1");
        submitAndAwaitNextPage("/plans/" + plan + "/goals/" + added.id() + "/scores");
        assertNotice("plans.score.added");
        assertThat(browser.findElement(By.cssSelector("#goal-" + added.id() + " td.baseline"))
                        .getText())
                .startsWith("-1");
        Axe.assertAccessible(browser);
        var goal = new GoalRepository(jdbc).of(plan).get(0);
        browser.findElement(By.cssSelector("#goal-" + goal.id() + " td.score summary"))
                .click();
        new Select(browser.findElement(By.id("level-" + goal.id()))).selectByValue("2");
        submitAndAwaitNextPage("/plans/" + plan + "/goals/" + goal.id() + "/scores");
        assertNotice("plans.score.added");
        String lang = browser.findElement(By.tagName("html")).getAttribute("lang");
        String expected = new Formats(Locale.forLanguageTag(lang), Formats.DEFAULT_ZONE)
                .number(PlanService.tScore(new GoalRepository(jdbc).of(plan)));
        assertThat(new GoalRepository(jdbc).of(plan).get(0).latestLevel()).isEqualTo(2);
        assertThat(browser.findElement(By.cssSelector("strong.t-score")).getText())
                .isEqualTo(expected);
        Axe.assertAccessible(browser);
        open("/plans/ladder/" + CareTools.ladder(jdbc));
        assertThat(browser.findElements(By.cssSelector("svg.radar polygon.series")))
                .hasSize(2);
        Axe.assertAccessible(browser);
        open("/plans/review/" + CareTools.review(jdbc));
        Axe.assertAccessible(browser);
        signOut();
    }
}
