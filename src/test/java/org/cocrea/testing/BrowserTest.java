package org.cocrea.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.MessageSource;

/** A journey in headless Chromium against the application on its test port; one browser per test. */
public abstract class BrowserTest {
    @LocalServerPort
    protected int port;

    @Autowired
    private MessageSource messages;

    protected WebDriver browser;
    protected WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Chromium.start();
        // A condition may read an element of the page that a click is replacing; read it again then.
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    protected void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** Clicks a button that sends a form and waits until the next page has replaced this one. */
    protected void submitAndAwaitNextPage(WebElement button) {
        Chromium.clickAndAwaitNextPage(browser, button);
    }

    /** Submits the form posting to {@code action}. */
    protected void submit(String action) {
        browser.findElement(By.cssSelector("form[action='" + action + "'] button[type=submit]"))
                .click();
    }

    /** Submits the form posting to {@code action} and waits until the next page has replaced this one. */
    protected void submitAndAwaitNextPage(String action) {
        submitAndAwaitNextPage(
                browser.findElement(By.cssSelector("form[action='" + action + "'] button[type=submit]")));
    }

    /**
     * A message as a person reads it on the page now open: the text of {@code key} in the page's language (its
     * {@code lang}), so a journey checks the words shown and not just that something is.
     */
    protected String message(String key, Object... args) {
        return message(browser, key, args);
    }

    /** A message in the language of the page open in {@code page}, a browser other than this test's own. */
    protected String message(WebDriver page, String key, Object... args) {
        String lang = page.findElement(By.tagName("html")).getAttribute("lang");
        return messages.getMessage(key, args, Locale.forLanguageTag(lang));
    }

    /** The page says, in its notice, the message of {@code key}. */
    protected void assertNotice(String key, Object... args) {
        assertThat(browser.findElement(By.cssSelector("main p.notice[role=status]"))
                        .getText())
                .isEqualTo(message(key, args));
    }

    protected void signIn(String email) {
        open("/login");
        type("email", email);
        type("password", Demo.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    protected void signOut() {
        showMenu();
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }

    /**
     * On a phone the navigation and the language switch wait behind the header's menu button (a {@code <details>}
     * disclosure); opens it when it is there and closed. On a desktop it is always shown and this does nothing.
     */
    protected void showMenu() {
        var summary = browser.findElements(By.cssSelector("details.menu:not([open]) > summary"));
        if (!summary.isEmpty() && summary.get(0).isDisplayed()) {
            summary.get(0).click();
        }
    }

    protected void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
