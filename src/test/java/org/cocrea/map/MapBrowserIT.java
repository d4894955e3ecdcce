package org.cocrea.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A resident draws a proposed route on the demo map by clicking on it (the test machine reaches no tile server: the
 * map draws its own grid), then enters the same route by coordinates with the keyboard only; both are in the map's
 * text list; another resident comments on the route drawn. Every page passes axe, at desktop and phone width.
 */
@ServerTest
class MapBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aResidentDrawsARouteByClicksAndTheSameByCoordinates() {
        long map = MapPermissionMatrixTest.demoMap(jdbc);
        signIn(Demo.CITIZEN);
        open("/map/" + map);
        shownMap();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.cssSelector(".map-picker")), "data-loaded"));
        assertThat(browser.findElements(By.cssSelector(".map-canvas .leaflet-interactive")))
                .as("the demo features drawn from the GeoJSON download")
                .hasSizeGreaterThanOrEqualTo(5);
        assertThat(browser.findElements(By.cssSelector(".map-canvas path.map-grid")))
                .as("without tiles, the grid")
                .isNotEmpty();
        topOfThePage();
        Axe.assertAccessible(browser);
        Screenshots.save(browser, MapBrowserIT.class, "map");

        // by clicks on the map
        browser.findElement(By.cssSelector("a[href='/map/" + map + "/new']")).click();
        WebElement canvas = shownMap();
        type("title", "Lungo il fiume, a clic");
        var click = new Actions(browser);
        click.moveToElement(canvas, -90, -40).click().perform();
        click.moveToElement(canvas, 0, 10).click().perform();
        click.moveToElement(canvas, 90, 30).click().perform();
        assertThat(browser.findElement(By.cssSelector(".map-picker .map-status"))
                        .getText())
                .isEqualTo(message("map.draw.count").replace("{0}", "3"));
        String positions = browser.findElement(By.id("coordinates")).getAttribute("value");
        assertThat(positions.lines()).hasSize(3);
        assertThat(browser.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")))
                .as("the line drawn so far")
                .isNotEmpty();
        topOfThePage();
        Axe.assertAccessible(browser);
        submitAndAwaitNextPage("/map/" + map + "/features");
        assertNotice("map.feature.created");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lungo il fiume, a clic");
        List<String> shown = browser.findElements(By.cssSelector(".map-positions li")).stream()
                .map(WebElement::getText)
                .toList();
        assertThat(shown).hasSize(3);
        String drawn = browser.getCurrentUrl();
        String feature = drawn.substring(drawn.lastIndexOf('/') + 1);

        // another resident comments on the route drawn
        signOut();
        signIn(Demo.VOLUNTEER);
        open("/map/" + map + "/features/" + feature);
        String thread = "comments-feature-" + feature;
        String comment = "Meglio passare dal ponte pedonale " + System.nanoTime();
        type(thread + "-body", comment);
        browser.findElement(By.cssSelector("#" + thread + " form.comment-form button[type=submit]"))
                .click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id(thread), comment));
        Axe.assertAccessible(browser);
        signOut();
        signIn(Demo.CITIZEN);
        open("/map/" + map + "/features/" + feature);
        assertThat(browser.findElement(By.id(thread)).getText())
                .as("the route's author reads the comment")
                .contains(comment);

        // the same route by coordinates, with the keyboard only: typed into the fields, sent with Enter
        open("/map/" + map + "/new");
        shownMap();
        browser.findElement(By.id("title")).sendKeys("Lungo il fiume, a tastiera");
        browser.findElement(By.id("description")).sendKeys("Le stesse posizioni, scritte.");
        browser.findElement(By.id("kind-line")).sendKeys(Keys.SPACE);
        var field = browser.findElement(By.id("coordinates"));
        field.sendKeys(String.join(Keys.ENTER, shown));
        assertThat(browser.findElements(By.cssSelector(".map-canvas path.leaflet-interactive")))
                .as("typing redraws the line on the map")
                .isNotEmpty();
        browser.findElement(By.id("title")).sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.urlMatches("/map/" + map + "/features/\\d+$"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Lungo il fiume, a tastiera");
        assertThat(browser.findElements(By.cssSelector(".map-positions li")).stream()
                        .map(WebElement::getText)
                        .toList())
                .isEqualTo(shown);
        Axe.assertAccessible(browser);

        // both in the text list under the map
        open("/map/" + map + "?page=1");
        shownMap();
        var list = browser.findElement(By.cssSelector(".map-feature-list")).getText();
        assertThat(list).contains("Lungo il fiume, a clic", "Lungo il fiume, a tastiera");
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 800));
        // as a phone opens it
        open("/map/" + map + "?page=1");
        shownMap();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(
                browser.findElement(By.cssSelector(".map-picker")), "data-loaded"));
        assertThat((Long) ((JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(0L);
        topOfThePage();
        Axe.assertAccessible(browser);
        Screenshots.save(browser, MapBrowserIT.class, "map-phone");
    }

    private WebElement shownMap() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".map-picker .leaflet-container")));
        return browser.findElement(By.cssSelector(".map-picker .map-canvas"));
    }

    private void topOfThePage() {
        ((JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    }
}
