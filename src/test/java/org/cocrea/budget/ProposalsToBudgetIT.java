package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The acceptance journey: residents propose and support, the parks officer accepts the proposals and
 * imports them as projects of a knapsack budget, residents vote, and the Method of Equal Shares decides.
 */
@ServerTest
class ProposalsToBudgetIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    /** Fills and submits the proposal form, with an image when given; returns the new proposal's path. */
    private String propose(String list, String title, String cost, Path image) {
        open(list + "/new");
        Axe.assertAccessible(browser);
        type("title", title);
        type("body", "Perché serve: **" + title.toLowerCase() + "** per tutto il quartiere.");
        type("cost", cost);
        type("latitude", "44.4949");
        type("longitude", "11.3426");
        if (image != null) {
            browser.findElement(By.id("files")).sendKeys(image.toString());
        }
        submit(list);
        wait.until(ExpectedConditions.urlMatches(Pattern.quote(list) + "/\\d+$"));
        String path = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(title);
        return path;
    }

    private void accept(String proposal) {
        open(proposal);
        browser.findElement(By.id("answer-accepted")).click();
        type("answerReason", "Accolta: fattibile e richiesta da molti.");
        submit(proposal + "/answer");
        wait.until(ExpectedConditions.textToBe(By.id("idea-status"), "Accolta"));
    }

    private void vote(String base, String... titles) {
        open(base);
        Axe.assertAccessible(browser);
        for (String title : titles) {
            // each project is a card whose choice is labelled with its title («Scegli "…"»)
            browser.findElement(By.xpath("//label[contains(normalize-space(.), '" + title + "')]"))
                    .click();
        }
        var button = browser.findElement(By.cssSelector("form[action='" + base + "/ballot'] button[type=submit]"));
        // The ballot is recorded and stays editable until the vote closes: the next page says so.
        submitAndAwaitNextPage(button);
        assertNotice("budget.ballot.cast");
    }

    @Test
    void proposalsBecomeProjectsOfAKnapsackBudgetDecidedByEqualShares(@TempDir Path dir) throws Exception {
        Path image = Files.write(dir.resolve("tracciato.png"), TestIdeas.PNG);
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        String list = "/ideas/" + TestIdeas.addTool(jdbc, initiative, "ideas");
        String base = "/budget/" + TestIdeas.addTool(jdbc, initiative, "budget");

        signIn(Demo.CITIZEN);
        open(list);
        Axe.assertAccessible(browser);
        String lanes = propose(list, "Pista ciclabile in via Roma", "70000", image);
        // The image was uploaded with the form and is shown on the proposal's page.
        assertThat(browser.findElement(By.cssSelector("img.attachment-image")).getAttribute("alt"))
                .isEqualTo("tracciato.png");
        Axe.assertAccessible(browser);
        String lights = propose(list, "Illuminazione lungo il fiume", "40000", null);
        signOut();

        signIn(Demo.VOLUNTEER);
        String racks = propose(list, "Rastrelliere in piazza", "20000", null);
        open(lanes);
        submit(lanes + "/support");
        wait.until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='" + lanes + "/withdraw']")));
        assertThat(browser.findElement(By.id("supports-title")).getText()).isEqualTo(message("ideas.supports", 1));
        Axe.assertAccessible(browser);
        signOut();

        signIn(Demo.PARKS_OFFICER);
        accept(lanes);
        Axe.assertAccessible(browser);
        accept(lights);
        accept(racks);
        open(list + "?status=accepted");
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("3 idee");
        open(base + "/manage");
        type("amount", "100000");
        submit(base + "/settings");
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("form[action='" + base + "/import-ideas']")));
        Axe.assertAccessible(browser);
        submit(base + "/import-ideas");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Rastrelliere in piazza"));
        assertNotice("budget.import.proposalsDone");
        // A second click imports nothing twice.
        submit(base + "/import-ideas");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("p.notice"), "Nessuna"));
        assertNotice("budget.import.none");
        assertThat(browser.findElements(By.cssSelector("main ol li"))).hasSize(3);
        Axe.assertAccessible(browser);
        submit(base + "/open");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='" + base + "/close']")));
        signOut();

        signIn(Demo.CITIZEN);
        vote(base, "Pista ciclabile in via Roma", "Rastrelliere in piazza");
        signOut();
        signIn(Demo.VOLUNTEER);
        vote(base, "Rastrelliere in piazza", "Illuminazione lungo il fiume");
        signOut();

        signIn(Demo.PARKS_OFFICER);
        open(base + "/manage");
        submit(base + "/close");
        wait.until(ExpectedConditions.urlContains("/results"));
        Axe.assertAccessible(browser);
        // Two voters with 50,000 each: the racks are shared (10,000 each), then the volunteer's remaining
        // 40,000 pay for the lights; the citizen's 40,000 cannot pay for the 70,000 lanes.
        String selected = browser.findElement(By.cssSelector("ol.selected")).getText();
        assertThat(selected).contains("Rastrelliere in piazza").contains("Illuminazione lungo il fiume");
        assertThat(selected).doesNotContain("Pista ciclabile");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains("Metodo delle quote uguali")
                .contains("60.000,00");
    }
}
