package org.cocrea.testing;

import java.io.File;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Debian Chromium for browser tests. When Chromium or its driver is missing the test is
 * skipped on a developer's machine and fails under CI ({@code .ci/run} installs both).
 */
public final class Chromium {
    private static final String BROWSER = env("COCREA_CHROMIUM", "/usr/bin/chromium");
    private static final String DRIVER = env("COCREA_CHROMEDRIVER", "/usr/bin/chromedriver");

    private Chromium() {}

    public static ChromeDriver start() {
        return start(true);
    }

    /** A browser with JavaScript switched off, as some people and some assistive setups use the web. */
    public static ChromeDriver startWithoutJavaScript() {
        return start(false);
    }

    private static ChromeDriver start(boolean javaScript) {
        if (!new File(BROWSER).canExecute() || !new File(DRIVER).canExecute()) {
            String message = "Chromium (" + BROWSER + ") or chromedriver (" + DRIVER + ") is not installed";
            if (TestDatabases.isCi()) {
                throw new AssertionError(message + "; CI requires it");
            }
            Assumptions.abort(message + "; install the Debian packages chromium and chromium-driver");
        }
        try {
            var options = new ChromeOptions();
            options.setBinary(BROWSER);
            options.addArguments(List.of(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-background-networking",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1280,1000",
                    "--lang=en-GB",
                    "--user-data-dir=" + Files.createTempDirectory("cocrea-chromium")));
            if (!javaScript) {
                options.setExperimentalOption(
                        "prefs", java.util.Map.of("profile.managed_default_content_settings.javascript", 2));
            }
            var service = new ChromeDriverService.Builder()
                    .usingDriverExecutable(new File(DRIVER))
                    .usingAnyFreePort()
                    .build();
            var driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return driver;
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Clicks a button that sends a form and waits until the next page has loaded. The old page is marked before
     * the click and the wait ends when a loaded document without the mark is there; watching the button go stale
     * is not enough, as Chromium may answer for a node of the page being replaced with an inspector error.
     */
    public static void clickAndAwaitNextPage(WebDriver browser, WebElement button) {
        var js = (JavascriptExecutor) browser;
        js.executeScript("document.documentElement.setAttribute('data-test-leaving', 'yes')");
        button.click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .ignoring(WebDriverException.class)
                .until(driver -> Boolean.TRUE.equals(js.executeScript("return document.readyState === 'complete'"
                        + " && !document.documentElement.hasAttribute('data-test-leaving')")));
    }
}
