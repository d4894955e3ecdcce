package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cocrea.testing.Axe;
import org.cocrea.testing.Chromium;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * In a real browser: a parks officer creates a collective initiative with two phases, adds the updates tool
 * and publishes it; a citizen follows it and sees the phase change (and gets the mail). Needs Chromium and
 * chromedriver; axe-core on the form and the initiative's page; run with {@code mvn verify} (failsafe).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(
        properties = {
            // Its own in-memory database with the demo data, whatever the shared test settings say.
            "spring.datasource.url=jdbc:h2:mem:cocrea-browser;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
            "cocrea.demo=true",
            "cocrea.data-dir=target/test-data",
            "cocrea.initiatives.phase-clock=-"
        })
class InitiativeBrowserIT {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static WebDriver browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    static void open() {
        browser = Chromium.start();
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void go(String path) {
        browser.get("http://localhost:" + port + path);
    }

    private void signIn(String email) {
        browser.manage().deleteAllCookies();
        go("/login");
        browser.findElement(By.id("email")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(Demo.PASSWORD);
        submit(browser.findElement(By.cssSelector("main form button[type=submit]")));
    }

    /** Clicks a button that sends a form and waits until the next page replaced this one. */
    private void submit(WebElement button) {
        Chromium.clickAndAwaitNextPage(browser, button);
    }

    private void set(WebElement input, String value) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    /** Opens a closed {@code <details>} (the forms of the timeline open on demand, issue 14). */
    private void open(By details) {
        var element = browser.findElement(details);
        if (element.getDomAttribute("open") == null) {
            element.findElement(By.tagName("summary")).click();
        }
    }

    private void addPhase(String phase, LocalDate start, LocalDate end) {
        open(By.cssSelector("details.journey-editor"));
        new Select(browser.findElement(By.id("phase"))).selectByValue(phase);
        set(browser.findElement(By.id("start")), start.toString());
        set(browser.findElement(By.id("end")), end.toString());
        submit(browser.findElement(By.cssSelector("form[action$='/phases'] button[type=submit]")));
    }

    @Test
    void createPublishFollowAndSeeThePhaseChange() throws Exception {
        signIn(Demo.PARKS_OFFICER);
        go("/initiatives/new");
        Axe.assertAccessible(browser);
        browser.findElement(By.id("title")).sendKeys("Pista ciclabile del parco");
        browser.findElement(By.id("summary")).sendKeys("Disegniamo insieme la pista");
        new Select(browser.findElement(By.id("domain"))).selectByValue("mobility");
        browser.findElement(By.id("level-collective")).click();
        browser.findElement(By.id("citizenRoles-co-designer")).click();
        browser.findElement(By.id("objectives-effectiveness")).click();
        submit(browser.findElement(By.cssSelector("form[action='/initiatives'] button[type=submit]")));
        String page = browser.getCurrentUrl();
        assertThat(page).matches(".*/initiatives/\\d+$");

        addPhase("co-commissioning", TODAY.minusDays(5), TODAY.plusDays(5));
        addPhase("co-design", TODAY.plusDays(6), TODAY.plusDays(30));
        assertThat(browser.findElements(By.cssSelector("ol.timeline > li"))).hasSize(2);
        Axe.assertAccessible(browser);
        open(By.xpath("//select[@id='tool-1-co-design']/ancestor::details"));
        var toolChoice = browser.findElement(By.id("tool-1-co-design"));
        new Select(toolChoice).selectByValue("updates");
        submit(toolChoice.findElement(By.xpath("./ancestor::form")).findElement(By.cssSelector("button[type=submit]")));
        assertThat(browser.findElements(By.cssSelector("a[href^='/updates/']:not(.export)")))
                .as("the tool's page")
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("a.export[href$='/export.json']")))
                .as("and its open-data download")
                .hasSize(1);
        submit(browser.findElement(By.cssSelector("form[action$='/publish'] button[type=submit]")));

        signIn(Demo.CITIZEN);
        browser.get(page);
        submit(browser.findElement(By.cssSelector("form[action$='/follow'] button[type=submit]")));
        assertThat(browser.findElement(By.cssSelector("li[aria-current='step'] h3"))
                        .getText())
                .startsWith("Co-programmazione");
        Axe.assertAccessible(browser);

        signIn(Demo.PARKS_OFFICER);
        browser.get(page);
        open(By.cssSelector("ol.timeline > li:not(.active) details.journey-manage"));
        submit(browser.findElement(By.cssSelector("li:not(.active) form[action$='/active-phase'] button")));

        signIn(Demo.CITIZEN);
        browser.get(page);
        assertThat(browser.findElement(By.cssSelector("li[aria-current='step'] h3"))
                        .getText())
                .startsWith("Co-progettazione");
        // Mailed after the commit, by the notifications module on another thread: wait for it, then count.
        java.util.function.LongSupplier mails =
                () -> jdbc.sql("SELECT COUNT(*) FROM dev_mail WHERE recipient = :r AND subject LIKE :s")
                        .param("r", Demo.CITIZEN)
                        .param("s", "%Pista ciclabile del parco%")
                        .query(Long.class)
                        .single();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (mails.getAsLong() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        Thread.sleep(500);
        assertThat(mails.getAsLong()).isEqualTo(1);
    }
}
