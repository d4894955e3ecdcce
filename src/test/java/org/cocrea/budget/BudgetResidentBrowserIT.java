package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.cocrea.testing.TestPeople;
import org.cocrea.voting.Rule;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14's budget journey: a resident who is not a member of the initiative opens its budget without an account
 * session, signs in from the budget page and is brought back to it, joins from there and votes on the project
 * cards; the same resident reads the ballot on a 375 px phone without sideways scrolling. Axe at desktop and phone
 * width on each page; screenshots kept under {@code target/screenshots/BudgetResidentBrowserIT/}.
 */
@ServerTest
class BudgetResidentBrowserIT extends BrowserTest {
    static final String RESIDENT = "budget.journey.resident@example.org";

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BudgetRepository budgets;

    /** An open approval budget of three projects counted with Equal Shares completed, closing in a month. */
    private long openBudget() {
        long id = TestBudgets.newInstance(jdbc);
        long budget = budgets.create(
                id,
                new BudgetRepository.Settings(
                        150_000_00L,
                        "EUR",
                        BallotType.KNAPSACK,
                        Rule.MES_ADD1,
                        null,
                        null,
                        null,
                        OffsetDateTime.now(ZoneOffset.UTC).plusDays(30),
                        Eligibility.MEMBERS,
                        null,
                        null,
                        null,
                        false));
        budgets.addProject(
                budget,
                "Pista ciclabile protetta in via Roma",
                "Una corsia separata dal traffico per **due chilometri**, dalla stazione alla scuola media.",
                90_000_00L,
                "mobilità");
        budgets.addProject(
                budget,
                "Rastrelliere in dieci piazze",
                "Posti bici sicuri davanti a negozi e scuole.",
                20_000_00L,
                null);
        budgets.addProject(
                budget,
                "Illuminazione dei percorsi nel parco",
                "Lampioni a basso consumo lungo i vialetti più usati la sera.",
                50_000_00L,
                "sicurezza");
        assertThat(budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN))
                .isTrue();
        return id;
    }

    /** A confirmed resident with the demo password, member of nothing. */
    private void resident() {
        TestPeople.ensure(jdbc, RESIDENT, "citizen", null);
        jdbc.sql("""
                UPDATE app_user SET password_hash = (SELECT password_hash FROM app_user WHERE email = :demo),
                    language = 'it' WHERE email = :e
                """).param("demo", Demo.CITIZEN).param("e", RESIDENT).update();
    }

    /**
     * Back to the top of the page, where the sticky bar is in its place: axe reads colours where elements overlap
     * as "needs review", and the bar overlaps the cards only once the page is scrolled.
     */
    private void top() {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    }

    private void shot(String name) {
        var file = Screenshots.save(browser, getClass(), name);
        assertThat(file).exists();
        try {
            assertThat(Files.size(file)).isPositive();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void aResidentWhoIsNotAMemberSignsInJoinsAndVotesFromTheBudgetPage() {
        resident();
        long id = openBudget();
        String base = "/budget/" + id;

        // Not signed in: the page says how to vote and offers to sign in or register, coming back here.
        open(base);
        assertThat(browser.findElement(By.id("take-part-title")).getText()).isEqualTo(message("budget.takePart.title"));
        assertThat(browser.findElement(By.id("budget-closes")).getText())
                .doesNotContain("UTC")
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        Axe.assertAccessible(browser);
        shot("1-visitor-desktop");
        browser.findElement(By.cssSelector("a[href='" + base + "/sign-in']")).click();
        wait.until(ExpectedConditions.urlContains("/login"));
        type("email", RESIDENT);
        type("password", Demo.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + base));

        // Signed in, not a member: join from the budget page itself, and come back to the ballot.
        var join = browser.findElement(By.cssSelector("form[action$='/join'] button[type=submit]"));
        assertThat(join.getText()).isEqualTo(message("budget.takePart.joinButton"));
        assertThat(browser.findElements(By.cssSelector("form[action='" + base + "/ballot']")))
                .isEmpty();
        Axe.assertAccessible(browser);
        shot("2-not-a-member-desktop");
        submitAndAwaitNextPage(join);
        assertThat(browser.getCurrentUrl()).isEqualTo("http://localhost:" + port + base);
        assertNotice("join.joined");

        // The ballot: project cards, the running total in the bar at the bottom.
        var cards = browser.findElements(By.cssSelector("article.project-card"));
        assertThat(cards).hasSize(3);
        assertThat(cards.get(0).getText()).contains("Pista ciclabile protetta").contains("90.000,00");
        var boxes = browser.findElements(By.cssSelector("input[name=projects]"));
        boxes.get(1).click();
        boxes.get(2).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("total"), "70.000,00"));
        assertThat(browser.findElement(By.id("total")).getText()).contains("80.000,00");
        assertThat(browser.findElement(By.cssSelector(".ballot-bar")).getCssValue("position"))
                .isEqualTo("sticky");
        Axe.assertAccessible(browser);
        shot("3-ballot-desktop");

        // The same resident on a phone: no sideways scrolling, the bar still there.
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 800));
        long overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).as("the ballot is wider than a 375 px phone by").isLessThanOrEqualTo(0);
        assertThat(browser.findElement(By.cssSelector(".ballot-bar")).isDisplayed())
                .isTrue();
        Axe.assertAccessible(browser);
        shot("4-ballot-375");

        submitAndAwaitNextPage(base + "/ballot");
        assertNotice("budget.ballot.cast");
        assertThat(browser.findElements(By.cssSelector("input[name=projects]:checked")))
                .hasSize(2);
        overflow = (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
        assertThat(overflow).isLessThanOrEqualTo(0);
        shot("5-voted-375");
        assertThat(jdbc.sql("""
                        SELECT COUNT(*) FROM budget_ballot x JOIN budget b ON b.id = x.budget_id
                        JOIN app_user u ON u.id = x.voter_id WHERE b.tool_instance_id = :i AND u.email = :e
                        """)
                        .param("i", id)
                        .param("e", RESIDENT)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);

        // Before the close the results page says when they come.
        open(base + "/results");
        String until = message("budget.results.pending.open.until", "§");
        assertThat(browser.findElement(By.id("results-when")).getText())
                .startsWith(until.substring(0, until.indexOf('§')).strip())
                .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
        Axe.assertAccessible(browser);
        shot("6-results-pending-375");
    }
}
