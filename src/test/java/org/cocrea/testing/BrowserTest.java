package org.cocrea.testing;

import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A journey in headless Chromium against the application on its test port; one browser per test. */
public abstract class BrowserTest {
    @LocalServerPort
    protected int port;

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

    protected void signIn(String email) {
        open("/login");
        type("email", email);
        type("password", Demo.PASSWORD);
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
    }

    protected void signOut() {
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/login']")));
    }

    protected void type(String id, String text) {
        var field = browser.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }
}
