package org.cocrea.platform.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The administrators' pages in a real browser: reached from the admin home, checked with axe at desktop and 375 px
 * width, none scrolling sideways on a phone, with screenshots kept under {@code target/screenshots}; and a static
 * page edited through its form and read by a visitor.
 */
@ServerTest
class AdminPagesBrowserIT extends BrowserTest {
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @Autowired
    JdbcClient jdbc;

    private void screenshot(String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Files.write(
                SCREENSHOTS.resolve("admin-" + name + ".png"),
                ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }

    private long sidewaysOverflow() {
        return (Long) ((JavascriptExecutor) browser)
                .executeScript("return document.documentElement.scrollWidth - window.innerWidth");
    }

    @Test
    void theAdminPagesAreAccessibleAtDesktopAndPhoneWidth() throws Exception {
        browser.manage().window().setSize(new Dimension(1280, 900));
        signIn(Demo.ADMIN);
        open("/admin");
        for (String link : List.of("/admin/moderation", "/admin/statistics", "/admin/initiatives", "/admin/pages")) {
            assertThat(browser.findElements(By.cssSelector("main a[href='" + link + "']")))
                    .as("the admin home links " + link)
                    .hasSize(1);
        }
        var pages = List.of(
                "/admin/moderation",
                "/admin/statistics",
                "/admin/initiatives",
                "/admin/initiatives?level=group",
                "/admin/pages",
                "/admin/pages/accessibility/it",
                "/accessibility",
                "/about");
        for (String page : pages) {
            browser.manage().window().setSize(new Dimension(1280, 900));
            open(page);
            assertThat(browser.findElement(By.tagName("h1")).getText()).as(page).isNotBlank();
            Axe.assertAccessible(browser);
            String name = page.replaceAll("[^a-z]+", "-").replaceAll("^-|-$", "");
            screenshot(name + "-desktop");
            org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 800));
            open(page);
            assertThat(sidewaysOverflow())
                    .as(page + " is wider than a 375 px phone by")
                    .isLessThanOrEqualTo(0);
            screenshot(name + "-phone");
        }
        // The statistics' chart labels stay readable on a phone: at least 12 px as drawn.
        open("/admin/statistics");
        double smallest = ((Number) ((JavascriptExecutor) browser)
                        .executeScript("return Math.min(...Array.from(document.querySelectorAll('svg.bar-chart text'))"
                                + ".map(t => t.getBoundingClientRect().height))"))
                .doubleValue();
        assertThat(smallest).as("the smallest chart text at 375 px, in px").isGreaterThanOrEqualTo(12);
    }

    @Test
    void anAdminRewritesTheAboutPageAndAVisitorReadsIt() {
        try {
            signIn(Demo.ADMIN);
            open("/admin/pages");
            browser.findElement(By.cssSelector("a[href='/admin/pages/about/it']"))
                    .click();
            type("body", "## Chi siamo\n\nIl **Comune** gestisce Cocrea. <script>alert(1)</script>");
            submitAndAwaitNextPage("/admin/pages/about/it");
            assertNotice("admin.pages.saved");
            Axe.assertAccessible(browser);
            assertThat(browser.findElement(By.cssSelector("section[aria-labelledby=history-heading] tbody"))
                            .getText())
                    .contains(jdbc.sql("SELECT name FROM app_user WHERE email = :e")
                            .param("e", Demo.ADMIN)
                            .query(String.class)
                            .single());
            signOut();

            open("/");
            browser.findElement(By.cssSelector("footer a[href='/about']")).click();
            wait.until(d -> d.getCurrentUrl().endsWith("/about"));
            var main = browser.findElement(By.tagName("main"));
            assertThat(main.findElement(By.cssSelector("strong")).getText()).isEqualTo("Comune");
            assertThat(main.getText()).contains("<script>alert(1)</script>");
            assertThat(main.findElements(By.tagName("script"))).isEmpty();
            Axe.assertAccessible(browser);
        } finally {
            jdbc.sql("DELETE FROM static_page WHERE page = 'about' AND language = 'it'")
                    .update();
        }
    }
}
