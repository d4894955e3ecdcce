package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.cocrea.initiatives.core.InitiativesDemoData;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser (issue 14, "Images"): a facilitator gives the bike initiative a cover picture. Without a text
 * alternative the form comes back saying so, the file still to choose again; with one, the initiative page shows the
 * picture with that text. The edit page passes axe with and without the error, at desktop and phone width.
 */
@ServerTest
class CoverImageBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    private long bikes;

    @BeforeEach
    void findTheBikeInitiative() {
        // Its demo cover is replaced, and a replaced picture is deleted: the initiative keeps the new one.
        bikes = jdbc.sql("SELECT MIN(id) FROM initiative WHERE title = :t")
                .param("t", InitiativesDemoData.BIKES)
                .query(Long.class)
                .single();
    }

    @Test
    void aFacilitatorGivesTheInitiativeACoverWithItsTextAlternative(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("pista.png");
        var picture = new BufferedImage(1200, 800, BufferedImage.TYPE_INT_RGB);
        var g = picture.createGraphics();
        g.setColor(new Color(0x00, 0x66, 0xcc));
        g.fillRect(0, 0, 1200, 800);
        g.dispose();
        ImageIO.write(picture, "png", png.toFile());

        signIn(Demo.PARKS_OFFICER);
        open("/initiatives/" + bikes + "/edit");
        Axe.assertAccessible(browser);

        browser.findElement(By.id("image")).sendKeys(png.toString());
        submitAndAwaitNextPage("/initiatives/" + bikes + "/image");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("imageAlt-error")));
        assertThat(browser.findElement(By.id("imageAlt-error")).getText()).isNotBlank();
        Axe.assertAccessible(browser);

        String alt = "Una pista ciclabile lungo il fiume";
        browser.findElement(By.id("image")).sendKeys(png.toString());
        type("imageAlt", alt);
        submitAndAwaitNextPage("/initiatives/" + bikes + "/image");
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/initiatives/" + bikes));
        var shown = browser.findElement(By.cssSelector("img[alt='" + alt + "']"));
        assertThat(shown.getAttribute("srcset")).contains("/images/").contains("480w");
        assertThat(((Number) ((org.openqa.selenium.JavascriptExecutor) browser)
                                .executeScript("return arguments[0].naturalWidth", shown))
                        .intValue())
                .as("the picture is served and decodes")
                .isPositive();
        Screenshots.saveAtBothWidths(browser, "cover-image-initiative");
        Axe.assertAccessible(browser);
    }
}
