package org.cocrea.evidence.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: the parks officer uploads the municipality's population figures (a bad file first, refused
 * naming its line), a resident of the bike-routes initiative gives an age band on the self-description page, and the
 * initiative page's link leads to the comparison, which shows a bar per band and the resident counted. Each page
 * passes axe at desktop and phone width. The demo's figures and the resident's answers are put back after.
 */
@ServerTest
class PopulationBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Autowired
    PopulationRepository repository;

    @Test
    void anOfficerUploadsFiguresAResidentDescribesThemselvesAndTheComparisonShowsBars() throws Exception {
        long bikes = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", PopulationDemoData.BIKES)
                .query(Long.class)
                .single();
        long org = jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", bikes)
                .query(Long.class)
                .single();
        long citizen = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.CITIZEN)
                .query(Long.class)
                .single();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.ADMIN)
                .query(Long.class)
                .single();
        var margins = repository.margins(org);
        var described = repository.description(citizen);
        Path bad = Files.createTempFile("population-bad", ".csv");
        Path good = Files.createTempFile("population", ".csv");
        try {
            Files.writeString(bad, "age,18-34,100\nage,30-40,-4\n");
            Files.writeString(good, """
                    dimension,band,value
                    age,0-17,16000
                    age,18-34,18000
                    age,35-54,29000
                    age,55-74,25000
                    age,75+,12000
                    gender,female,52%
                    gender,male,48%
                    district,Centro,23000
                    district,Nord,30000
                    district,Sud,27000
                    district,Est,20000
                    """);

            signIn(Demo.PARKS_OFFICER);
            open("/evidence/organisations/" + org + "/population");
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("population.margins.title"));
            Axe.assertAccessible(browser);
            browser.findElement(By.id("file")).sendKeys(bad.toAbsolutePath().toString());
            submitAndAwaitNextPage("/evidence/organisations/" + org + "/population");
            assertThat(browser.findElement(By.id("file-error")).getText())
                    .contains(message("population.upload.negative", 2));
            Axe.assertAccessible(browser);
            browser.findElement(By.id("file")).sendKeys(good.toAbsolutePath().toString());
            submitAndAwaitNextPage("/evidence/organisations/" + org + "/population");
            assertNotice("population.upload.done");
            assertThat(browser.findElement(By.cssSelector("table.population-margins"))
                            .getText())
                    .contains("18-34")
                    .contains("18.000")
                    .contains("52 %");
            Axe.assertAccessible(browser);
            Screenshots.saveAtBothWidths(browser, "population-margins");
            signOut();

            signIn(Demo.CITIZEN);
            open("/evidence/me");
            assertThat(browser.findElement(By.tagName("main")).getText())
                    .contains(message("population.me.optional"))
                    .contains(message("population.me.use"));
            Axe.assertAccessible(browser);
            var band = new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("ageBand")));
            band.selectByValue("25-34");
            submitAndAwaitNextPage("/evidence/me");
            assertNotice("population.me.saved");
            assertThat(browser.findElement(By.cssSelector("dl.population-given"))
                            .getText())
                    .contains("25-34");
            Axe.assertAccessible(browser);
            Screenshots.saveAtBothWidths(browser, "population-me");

            open("/initiatives/" + bikes);
            browser.findElement(By.cssSelector("a[href='/evidence/initiatives/" + bikes + "/representation']"))
                    .click();
            wait.until(d -> d.getCurrentUrl().endsWith("/evidence/initiatives/" + bikes + "/representation"));
            String main = browser.findElement(By.tagName("main")).getText();
            assertThat(main)
                    .contains(message("population.representation.title"))
                    .contains(message("population.index.title"))
                    .contains(message("population.fewer"));
            assertThat(browser.findElements(By.cssSelector("#dim-age ~ figure svg rect.participants")))
                    .isNotEmpty();
            // 18-34 now holds six participants: the five demo residents and the citizen
            assertThat(browser.findElement(By.cssSelector("#table-age"))
                            .findElement(By.xpath("ancestor::table"))
                            .getText())
                    .contains("18-34 6");
            Axe.assertAccessible(browser);
            Screenshots.saveAtBothWidths(browser, "population-representation");
        } finally {
            repository.replace(org, margins, admin);
            repository.forget(citizen);
            described.ifPresent(repository::save);
            Files.deleteIfExists(bad);
            Files.deleteIfExists(good);
        }
    }
}
