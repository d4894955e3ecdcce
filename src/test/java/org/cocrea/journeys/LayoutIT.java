package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Chromium;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The layout on a phone, the keyboard focus that can be seen, and the core flows with JavaScript off. */
@ServerTest
class LayoutIT extends BrowserTest {
    private static final List<String> PAGES =
            List.of("/", "/login", "/register", "/terms", "/privacy", "/initiatives", "/typology", "/petitions");

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    @Test
    void onAPhoneNoPageScrollsSideways() {
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 800));
        for (String page : PAGES) {
            open(page);
            long overflow = (Long) script("return document.documentElement.scrollWidth - window.innerWidth");
            assertThat(overflow).as(page + " is wider than a 375 px phone by").isLessThanOrEqualTo(0);
        }
    }

    @Test
    void thePublicPagesPassAxeAtDesktopAndPhoneWidth() {
        for (String page : PAGES) {
            open(page);
            Axe.assertAccessible(browser);
        }
    }

    @Test
    void theKeyboardFocusIsVisibleAndTheSkipLinkComesFirst() {
        open("/");
        browser.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        assertThat(script("return document.activeElement.className")).isEqualTo("skip-link");
        assertFocusVisible();
        for (int i = 0; i < 3; i++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            assertFocusVisible();
        }
    }

    private void assertFocusVisible() {
        String outline = (String) script("var s = getComputedStyle(document.activeElement);"
                + " return s.outlineStyle + ' ' + s.outlineWidth + ' ' + s.boxShadow;");
        assertThat(outline)
                .as("focus indicator of " + script("return document.activeElement.outerHTML.slice(0, 80)"))
                .doesNotStartWith("none")
                .doesNotContain(" 0px none");
    }

    @Test
    void registerSwitchLanguageAndSignOutWorkWithoutJavaScript() {
        WebDriver plain = Chromium.startWithoutJavaScript();
        try {
            var wait = new WebDriverWait(plain, java.time.Duration.ofSeconds(10));
            plain.get("http://localhost:" + port + "/register");
            plain.findElement(By.id("name")).sendKeys("Nora Senzascript");
            plain.findElement(By.id("email")).sendKeys("nora@example.org");
            plain.findElement(By.id("password")).sendKeys("no scripts needed here");
            plain.findElement(By.id("acceptTerms")).click();
            plain.findElement(By.cssSelector("form.form button[type=submit]")).click();
            // Registering signs nobody in (it answers alike for taken addresses): check the mail, then sign in.
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
            assertThat(plain.findElement(By.cssSelector("main p.notice")).getText())
                    .isEqualTo(message(plain, "register.sent"));
            plain.findElement(By.id("password")).sendKeys("no scripts needed here");
            plain.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
            plain.get("http://localhost:" + port + "/profile");
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-banner")));

            plain.findElement(By.cssSelector(".language-switch button[value=it]"))
                    .click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("html[lang=it]")));
            assertThat(plain.findElement(By.cssSelector("form[action='/logout'] button"))
                            .getText())
                    .isEqualTo("Esci");

            plain.findElement(By.cssSelector("form[action='/logout'] button")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
            plain.get("http://localhost:" + port + "/login");
            plain.findElement(By.id("email")).sendKeys("nora@example.org");
            plain.findElement(By.id("password")).sendKeys("no scripts needed here");
            plain.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
        } finally {
            plain.quit();
        }
    }
}
