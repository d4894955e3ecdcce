package org.cocrea.testing;

import java.time.Duration;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Resizing the browser's window for the phone-width checks. */
public final class Screens {
    private Screens() {}

    /**
     * Makes the window {@code size} and waits until the page is laid out narrower than before: under load Chromium
     * may answer the resize before the new layout, and a page measured then is measured at the old width.
     */
    public static void narrow(WebDriver driver, Dimension size) {
        driver.manage().window().setSize(size);
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(d ->
                        ((Number) ((JavascriptExecutor) d).executeScript("return document.documentElement.clientWidth"))
                                        .longValue()
                                <= size.getWidth());
    }
}
