package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.initiatives.Area;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser (issue 14: "areas are pasted GeoJSON and locations typed latitude/longitude"): a facilitator
 * draws an initiative's area by clicking its corners on a map, and a member places an idea by clicking on the map;
 * the form's own fields are filled, so what the server receives and checks is what it always was. The map's tiles
 * are not reachable from the test machine; the map works without them. Every page passes axe, at desktop and phone
 * width.
 */
@ServerTest
class MapPickerBrowserIT extends BrowserTest {

    @Autowired
    JdbcClient jdbc;

    @Test
    void aFacilitatorDrawsTheAreaByClickingItsCorners() {
        signIn(org.cocrea.testing.Demo.PARKS_OFFICER);
        open("/initiatives/new");
        WebElement canvas = shownMap();
        Axe.assertAccessible(browser);

        var click = new Actions(browser);
        click.moveToElement(canvas, -60, -40).click().perform();
        assertThat(status()).isEqualTo(message("map.area.count").replace("{0}", "1"));
        click.moveToElement(canvas, 60, -40).click().perform();
        click.moveToElement(canvas, 0, 50).click().perform();
        String geoJson = browser.findElement(By.id("area")).getAttribute("value");
        assertThat(geoJson).startsWith("{\"type\":\"Polygon\"");
        assertThat(Area.of(geoJson))
                .as("the drawn area is one the server accepts")
                .isPresent();

        browser.findElements(By.cssSelector(".map-picker button")).stream()
                .filter(b -> b.getText().equals(message("map.area.undo")))
                .findFirst()
                .orElseThrow()
                .click();
        assertThat(browser.findElement(By.id("area")).getAttribute("value"))
                .as("with two corners left there is no area")
                .isEmpty();
        click.moveToElement(canvas, 10, 60).click().perform();
        assertThat(Area.of(browser.findElement(By.id("area")).getAttribute("value")))
                .isPresent();

        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 800));
        assertThat((Long) ((org.openqa.selenium.JavascriptExecutor) browser)
                        .executeScript("return document.documentElement.scrollWidth - window.innerWidth"))
                .as("no sideways scrolling on a phone")
                .isLessThanOrEqualTo(0L);
        topOfThePage();
        Axe.assertAccessible(browser);
    }

    @Test
    void aMemberPlacesAnIdeaOnTheMap() {
        var place = jdbc.sql("""
                        SELECT t.id AS tool, u.email AS email FROM tool_instance t
                        JOIN initiative_member m ON m.initiative_id = t.initiative_id AND m.role IN ('owner', 'facilitator')
                        JOIN app_user u ON u.id = m.person_id
                        WHERE t.tool_id = 'ideas' AND u.email LIKE '%@example.org' ORDER BY t.id FETCH FIRST 1 ROWS ONLY
                        """)
                .query((rs, n) -> new String[] {rs.getString("tool"), rs.getString("email")})
                .single();
        signIn(place[1]);
        open("/ideas/" + place[0] + "/new");
        WebElement canvas = shownMap();
        new Actions(browser).moveToElement(canvas, 20, 10).click().perform();
        String latitude = browser.findElement(By.id("latitude")).getAttribute("value");
        String longitude = browser.findElement(By.id("longitude")).getAttribute("value");
        assertThat(Double.parseDouble(latitude)).isBetween(-90.0, 90.0);
        assertThat(Double.parseDouble(longitude)).isBetween(-180.0, 180.0);
        assertThat(status()).startsWith(message("map.point.set"));
        topOfThePage();
        Axe.assertAccessible(browser);
    }

    private WebElement shownMap() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".map-picker .leaflet-container")));
        return browser.findElement(By.cssSelector(".map-picker .map-canvas"));
    }

    /** Clicking scrolled the map into view, under the sticky header; axe reads the page from its top. */
    private void topOfThePage() {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
    }

    private String status() {
        return browser.findElement(By.cssSelector(".map-picker .map-status")).getText();
    }
}
