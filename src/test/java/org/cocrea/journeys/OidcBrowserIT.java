package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import oidcprovider.TestOidcProvider;
import org.cocrea.budget.TestBudgets;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.OidcTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;

/**
 * ADR 0029 in Chromium: a resident signs in for the first time through the tests' OpenID Connect provider (Spring
 * Authorization Server, started inside the tests), creates their account from the provider's claims, is verified as a
 * resident by the fiscal-code claim and votes in the municipality's budget for verified residents only, signs out
 * (which ends the provider's session too) and meets the clear page of a refused answer; then someone whose provider
 * sends no fiscal code signs in for the first time and is refused that budget's ballot with a clear message. Cocrea is opened as {@code 127.0.0.1} and the provider as {@code localhost}, so the browser keeps
 * their cookies apart. axe-core checks Cocrea's pages at desktop and phone width (the provider's own pages are not
 * Cocrea's).
 */
@OidcTest
class OidcBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    private final TestOidcProvider provider = TestOidcProvider.get();

    private void openApp(String path) {
        browser.get("http://127.0.0.1:" + port + path);
    }

    @Test
    void aResidentSignsInWithTheProviderForTheFirstTimeAndIsVerifiedByTheFiscalCode() throws Exception {
        String code = "VRDGPP70C03L" + (100 + new java.util.Random().nextInt(800)) + "K";
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)")
                .param("n", "Comune OIDC journey " + UUID.randomUUID())
                .update(keys, "id");
        long organisation = keys.getKey().longValue();
        long admin = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.ADMIN)
                .query(Long.class)
                .single();
        // The census as the residents' page stores it: keyed hashes only (salt, then entries).
        jdbc.sql("""
                INSERT INTO census (organisation_id, salt, entries, uploaded_by, uploaded_at)
                VALUES (:o, :salt, 1, :a, CURRENT_TIMESTAMP)
                """)
                .param("o", organisation)
                .param("salt", "00".repeat(32))
                .param("a", admin)
                .update();
        String email = "oidc.journey." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var person = provider.newPerson(email, true, "TINIT-" + code);
        insertCensusEntry(organisation, code);

        openApp("/login");
        var button = browser.findElement(By.cssSelector("a[href='/login/oidc/test']"));
        assertThat(button.getText()).isEqualTo(message("oidc.providers.signInWith", "Test ID"));
        Axe.assertAccessible(browser);

        button.click();
        wait.until(ExpectedConditions.urlContains("localhost:"));
        signInAtProviderForTheFirstTime(person);

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("oidc.new.title"));
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(email);
        Axe.assertAccessible(browser);
        long id = createAccount(email);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resident WHERE person_id = :p AND organisation_id = :o")
                        .param("p", id)
                        .param("o", organisation)
                        .query(Long.class)
                        .single())
                .as("verified as a resident by the fiscal_number claim")
                .isEqualTo(1);
        Axe.assertAccessible(browser);

        // The municipality's budget for its verified residents only: the new resident votes in it straight away.
        long budget = TestBudgets.openForResidents(jdbc, organisation);
        String ballot = "/budget/" + budget + "/ballot";
        openApp("/budget/" + budget);
        assertThat(browser.findElements(By.id("take-part-title")))
                .as("nothing to do before voting")
                .isEmpty();
        var boxes = browser.findElements(By.cssSelector("form[action='" + ballot + "'] input[name=projects]"));
        assertThat(boxes).hasSize(3);
        boxes.get(1).click();
        boxes.get(2).click();
        Axe.assertAccessible(browser);
        var desktop = browser.manage().window().getSize();
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 812));
        wait.until(
                d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= 375);
        Axe.assertAccessible(browser);
        submitAndAwaitNextPage(ballot);
        assertNotice("budget.ballot.cast");
        assertThat(browser.findElements(By.cssSelector("input[name=projects]:checked")))
                .hasSize(2);
        Axe.assertAccessible(browser);
        browser.manage().window().setSize(desktop);
        assertThat(ballotsOf(id, budget))
                .as("one ballot stored for the new resident")
                .isEqualTo(1);

        // Signing out goes by the provider's end-session endpoint and back to Cocrea's home.
        showMenu();
        browser.findElement(By.cssSelector("form[action='/logout'] button")).click();
        wait.until(ExpectedConditions.urlContains("signedOut"));
        assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + port + "/");
        // The provider's session ended too: its button leads to the provider's sign-in page again, not straight in.
        openApp("/login/oidc/test");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        assertThat(browser.getCurrentUrl()).startsWith(provider.issuer());

        // An answer that does not belong to a sign-in started here ends on a clear page, nothing stored.
        openApp("/login/oauth2/code/test?code=forged&state=forged");
        wait.until(ExpectedConditions.urlContains("/login/oidc/error"));
        assertThat(browser.findElement(By.id("oidc-error")).getText()).isEqualTo(message("oidc.error.state"));
        Axe.assertAccessible(browser);

        // Someone whose provider sends no fiscal code signs in for the first time too: not a verified resident, they
        // are told how to become one instead of getting a ballot, and a ballot sent anyway is refused, nothing stored.
        String otherEmail = "oidc.journey." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        var other = provider.newPerson(otherEmail, true, null);
        openApp("/login/oidc/test");
        signInAtProviderForTheFirstTime(other);
        long otherId = createAccount(otherEmail);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resident WHERE person_id = :p")
                        .param("p", otherId)
                        .query(Long.class)
                        .single())
                .isZero();
        openApp("/budget/" + budget);
        assertThat(browser.findElement(By.id("take-part-title")).getText()).isEqualTo(message("budget.takePart.title"));
        assertThat(browser.findElement(By.cssSelector("section.take-part")).getText())
                .contains(message("budget.takePart.verify"));
        assertThat(browser.findElements(By.cssSelector("form[action='" + ballot + "']")))
                .as("no ballot for a person who is not a verified resident")
                .isEmpty();
        Axe.assertAccessible(browser);
        // The ballot a page never offered them, sent with their session's CSRF token as a crafted form would.
        long project = jdbc.sql("SELECT MIN(p.id) FROM budget_project p JOIN budget b ON b.id = p.budget_id "
                        + "WHERE b.tool_instance_id = :i")
                .param("i", budget)
                .query(Long.class)
                .single();
        var page = browser.findElement(By.tagName("html"));
        ((JavascriptExecutor) browser).executeScript("""
                        const form = document.createElement('form');
                        form.method = 'post';
                        form.action = arguments[0];
                        form.appendChild(document.querySelector('input[name=_csrf]').cloneNode());
                        const project = document.createElement('input');
                        project.type = 'hidden';
                        project.name = 'projects';
                        project.value = arguments[1];
                        form.appendChild(project);
                        document.body.appendChild(form);
                        form.submit();
                        """, ballot, String.valueOf(project));
        wait.until(ExpectedConditions.stalenessOf(page));
        assertThat(browser.findElement(By.cssSelector(".error-summary")).getText())
                .contains(message("budget.ballot.notEligible.residents"));
        Axe.assertAccessible(browser);
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 812));
        wait.until(
                d -> ((Number) ((JavascriptExecutor) d).executeScript("return window.innerWidth")).intValue() <= 375);
        Axe.assertAccessible(browser);
        assertThat(ballotsOf(otherId, budget))
                .as("nothing stored for the refused ballot")
                .isZero();
        assertThat(ballotsOf(id, budget))
                .as("the resident's ballot still the only one")
                .isEqualTo(1);
    }

    /** Signs in on the provider's page, open or on its way, and waits for Cocrea's page of a first sign-in. */
    private void signInAtProviderForTheFirstTime(TestOidcProvider.Person person) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
        browser.findElement(By.id("username")).sendKeys(person.username());
        browser.findElement(By.id("password")).sendKeys(person.password());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.urlContains("/login/oidc/new"));
    }

    /**
     * Accepts the terms on the page of a first sign-in and creates the account; its id, once signed in. The provider
     * vouched for the address, so it is confirmed already (a ballot counts at once).
     */
    private long createAccount(String email) {
        browser.findElement(By.id("acceptTerms")).click();
        submitAndAwaitNextPage("/login/oidc/new");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e AND email_verified_at IS NOT NULL")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    /** The ballots the person cast in the budget of the tool instance, as stored. */
    private long ballotsOf(long person, long budgetInstance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM budget_ballot x JOIN budget b ON b.id = x.budget_id
                WHERE b.tool_instance_id = :i AND x.voter_id = :p
                """)
                .param("i", budgetInstance)
                .param("p", person)
                .query(Long.class)
                .single();
    }

    /** The census entry of a code under the journey's salt, computed as {@code accounts.Residents} does. */
    private void insertCensusEntry(long organisation, String code) throws Exception {
        byte[] pepper = pepper();
        byte[] salt = new byte[32];
        byte[] key = new byte[pepper.length + salt.length];
        System.arraycopy(pepper, 0, key, 0, pepper.length);
        var mac = javax.crypto.Mac.getInstance("HmacSHA256");
        mac.init(new javax.crypto.spec.SecretKeySpec(key, "HmacSHA256"));
        String hash =
                java.util.HexFormat.of().formatHex(mac.doFinal(code.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        jdbc.sql("INSERT INTO census_entry (organisation_id, identifier_hash) VALUES (:o, :h)")
                .param("o", organisation)
                .param("h", hash)
                .update();
    }

    @Autowired
    org.cocrea.platform.CocreaSettings settings;

    private byte[] pepper() {
        return settings.residents().pepper().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }
}
