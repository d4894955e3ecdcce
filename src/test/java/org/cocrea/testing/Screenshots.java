package org.cocrea.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Screenshots of browser journeys, kept as test artefacts under {@code target/screenshots/} (issue 14: "browser
 * journeys with axe and screenshots kept as test artefacts"), at the browser's width and at a phone's.
 */
public final class Screenshots {
    public static final Path DIRECTORY = Path.of("target", "screenshots");
    private static final Dimension PHONE = new Dimension(375, 800);

    private Screenshots() {}

    /** Saves what the browser shows now as {@code target/screenshots/<name>.png}; returns the file. */
    public static Path save(WebDriver driver, String name) {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        try {
            Path file = DIRECTORY.resolve(name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, png);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Saves what the browser shows now as {@code target/screenshots/<Journey>/<name>.png}; returns the file. */
    public static Path save(WebDriver driver, Class<?> journey, String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a screenshot name is lower-case words and dashes: " + name);
        }
        return save(driver, journey.getSimpleName() + "/" + name);
    }

    /**
     * Saves {@code <name>-desktop.png} at the browser's width and {@code <name>-375.png} at a phone's (375 px), then
     * puts the window back as it was.
     */
    public static void saveAtBothWidths(WebDriver driver, String name) {
        var window = driver.manage().window();
        Dimension size = window.getSize();
        save(driver, name + "-desktop");
        org.cocrea.testing.Screens.narrow(driver, PHONE);
        try {
            save(driver, name + "-375");
        } finally {
            window.setSize(size);
        }
    }

    /**
     * Saves the whole page, not just the window: the window is stretched to the page's height (at most 8,000 px) for
     * the picture and given back its size after.
     */
    public static Path wholePage(WebDriver driver, String name) {
        var window = driver.manage().window();
        Dimension size = window.getSize();
        try {
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
            window.setSize(new Dimension(size.getWidth(), (int) Math.min(8000, Math.max(size.getHeight(), height))));
            return save(driver, name);
        } finally {
            window.setSize(size);
        }
    }
}
