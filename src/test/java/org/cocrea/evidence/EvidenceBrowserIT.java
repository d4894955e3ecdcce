package org.cocrea.evidence;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * In a real browser: a manager (the parks officer, a professional of the demo organisation) opens the bike routes'
 * evidence from the initiative page, then the portfolio, filters it by a typology cell and by an influential factor
 * (GET parameters, no JavaScript needed), and downloads the organisation's open data package, which is a zip holding
 * datapackage.json. Each page passes axe at desktop and phone width. A researcher without an account opens the
 * same initiative's evidence and downloads the public package from its link: a Frictionless package whose
 * initiatives are the public (collective) ones only.
 */
@ServerTest
class EvidenceBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aManagerOpensThePortfolioFiltersItAndDownloadsTheOpenData() {
        long bikes = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", IndicatorsDemoTitles.BIKES)
                .query(Long.class)
                .single();
        long org = jdbc.sql("SELECT organisation_id FROM initiative WHERE id = :i")
                .param("i", bikes)
                .query(Long.class)
                .single();
        signIn(Demo.PARKS_OFFICER);
        open("/initiatives/" + bikes);
        browser.findElement(By.cssSelector("a[href='/evidence/initiatives/" + bikes + "']"))
                .click();
        wait.until(d -> d.getCurrentUrl().endsWith("/evidence/initiatives/" + bikes));
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("evidence.effectiveness"))
                .contains(message("evidence.efficiency"))
                .contains(message("evidence.satisfaction"));
        Axe.assertAccessible(browser);

        open("/evidence");
        assertThat(browser.findElement(By.tagName("main")).getText())
                .contains(message("evidence.portfolio.title"))
                .contains(message("evidence.portfolio.descriptive"));
        assertThat(browser.findElements(By.cssSelector("#by-cell tbody tr"))).hasSize(12);
        Axe.assertAccessible(browser);

        new Select(browser.findElement(By.id("cell"))).selectByValue("collective:co-assessment");
        new Select(browser.findElement(By.id("factor"))).selectByValue("open-attitude:high");
        submitAndAwaitNextPage(browser.findElement(By.cssSelector("form.evidence-filters button[type=submit]")));
        assertThat(browser.getCurrentUrl())
                .contains("cell=collective%3Aco-assessment")
                .contains("factor=open-attitude%3Ahigh");
        assertThat(new Select(browser.findElement(By.id("cell")))
                        .getFirstSelectedOption()
                        .getAttribute("value"))
                .isEqualTo("collective:co-assessment");
        assertThat(browser.findElement(By.id("evidence-count")).getText()).isNotBlank();
        Axe.assertAccessible(browser);

        var link = browser.findElement(By.id("opendata-organisation"));
        assertThat(link.getAttribute("href")).endsWith("/evidence/organisations/" + org + "/opendata.zip");
        @SuppressWarnings("unchecked")
        var download = (List<Object>) ((JavascriptExecutor) browser)
                .executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
                    const text = new TextDecoder('latin1').decode(new Uint8Array(b));
                    done([r.status, r.headers.get('content-type'), text.substring(0, 2), text.includes('datapackage.json')]);
                }));
                """, "/evidence/organisations/" + org + "/opendata.zip");
        assertThat(download.get(0)).isEqualTo(200L);
        assertThat(download.get(1)).isEqualTo("application/zip");
        assertThat(download.get(2)).isEqualTo("PK");
        assertThat(download.get(3)).isEqualTo(true);
    }

    @Test
    void aResearcherWithoutAnAccountDownloadsThePublicOpenDataPackage() throws Exception {
        long bikes = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", IndicatorsDemoTitles.BIKES)
                .query(Long.class)
                .single();
        open("/evidence/initiatives/" + bikes);
        assertThat(browser.findElement(By.tagName("main")).getText()).contains(message("evidence.effectiveness"));
        Axe.assertAccessible(browser);

        var link = browser.findElement(By.cssSelector("main a[href='/evidence/opendata.zip']"));
        assertThat(link.getText()).isEqualTo(message("evidence.opendata.public"));
        // The bytes as the browser receives them (a click would only start a download the test cannot read).
        var download = (String) ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.arrayBuffer().then(b => {
                    let text = '';
                    new Uint8Array(b).forEach(x => text += String.fromCharCode(x));
                    done(r.status + ' ' + r.headers.get('content-type') + ' ' + btoa(text));
                }));
                """, link.getAttribute("href"));
        var parts = download.split(" ", 3);
        assertThat(parts[0]).isEqualTo("200");
        assertThat(parts[1]).isEqualTo("application/zip");

        var files = new HashMap<String, String>();
        try (var zip =
                new ZipInputStream(new ByteArrayInputStream(Base64.getDecoder().decode(parts[2])))) {
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(files).containsKeys("datapackage.json", "initiatives.csv", "outcomes.csv", "participation.csv");
        var descriptor = JsonMapper.builder().build().readTree(files.get("datapackage.json"));
        assertThat(descriptor.path("profile").asString()).isEqualTo("tabular-data-package");
        assertThat(descriptor.path("resources").size()).isEqualTo(4);

        var ids = CSVFormat.RFC4180.parse(new StringReader(files.get("initiatives.csv"))).stream()
                .skip(1)
                .map(record -> Long.parseLong(record.get(0)))
                .toList();
        assertThat(ids).contains(bikes);
        assertThat(ids)
                .as("only public initiatives, the collective ones, are in the public package")
                .allSatisfy(id -> assertThat(jdbc.sql("SELECT level FROM initiative WHERE id = :i")
                                .param("i", id)
                                .query(String.class)
                                .single())
                        .isEqualTo("collective"));
    }
}
