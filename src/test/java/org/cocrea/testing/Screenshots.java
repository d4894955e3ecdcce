package org.cocrea.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;

/**
 * Screenshots of a browser journey kept as test artefacts: {@code target/screenshots/<journey>/<name>.png}, so a
 * reviewer sees what a person saw at each step and width (CI keeps {@code target/} of a run).
 */
public final class Screenshots {
    public static final Path ROOT = Path.of("target", "screenshots");

    private Screenshots() {}

    /** Saves what {@code driver} shows now; returns the file. */
    public static Path save(WebDriver driver, Class<?> journey, String name) {
        if (!name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("a screenshot name is lower-case words and dashes: " + name);
        }
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Path file = ROOT.resolve(journey.getSimpleName()).resolve(name + ".png");
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
