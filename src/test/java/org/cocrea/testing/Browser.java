package org.cocrea.testing;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Carries cookies from one MockMvc request to the next, like a browser, so that flows through the
 * database-stored session (sign-in, flash messages, language) can be tested.
 */
public final class Browser {
    private final MockMvc mvc;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    public Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    public MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MvcResult result = mvc.perform(request).andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return result.getResponse();
    }

    public String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    /**
     * Saves the whole page now open in a real browser as {@code target/screenshots/<name>.png}, a test artefact a
     * reviewer can look at: the window is stretched to the page's height (at most 8,000 px) for the picture and
     * given back its size after. Returns the file written.
     */
    public static java.nio.file.Path screenshot(org.openqa.selenium.WebDriver driver, String name) {
        var window = driver.manage().window();
        var size = window.getSize();
        try {
            long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                    .executeScript("return Math.ceil(document.documentElement.scrollHeight)");
            window.setSize(new org.openqa.selenium.Dimension(
                    size.getWidth(), (int) Math.min(8000, Math.max(size.getHeight(), height))));
            byte[] png = ((org.openqa.selenium.TakesScreenshot) driver)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES);
            var dir = java.nio.file.Path.of("target", "screenshots");
            java.nio.file.Files.createDirectories(dir);
            var file = dir.resolve(name.replaceAll("[^A-Za-z0-9._-]", "-") + ".png");
            java.nio.file.Files.write(file, png);
            return file;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } finally {
            window.setSize(size);
        }
    }
}
