package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import org.cocrea.plans.PrivatePlan;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.virtualauthenticator.HasVirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticator;
import org.openqa.selenium.virtualauthenticator.VirtualAuthenticatorOptions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Issue 19, ADR 0031, with Chromium's virtual authenticator (CTAP2, built in, discoverable credentials, user
 * verification done): a citizen adds a passkey from their profile, signs out and signs in with it alone; a social
 * worker with a passkey signs in with a password and passes the second factor with the passkey before a plan opens;
 * a social worker without a second factor adds a passkey from the set-up page and reaches the plan; a removed passkey
 * no longer signs in. axe-core checks each page at desktop and phone width.
 *
 * <p>A passkey is bound to the page's origin, which the server must know before it starts: the test takes a free port
 * and serves on it, with {@code cocrea.base-url} there (the relying party id and origin follow from it).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles("test")
class PasskeyBrowserIT extends BrowserTest {
    private static final String PASSWORD = "unused-password";
    private static final int PORT = freePort();

    @Autowired
    JdbcClient jdbc;

    private VirtualAuthenticator authenticator;

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void port(DynamicPropertyRegistry registry) {
        registry.add("server.port", () -> PORT);
        registry.add("cocrea.base-url", () -> "http://localhost:" + PORT);
        registry.add("cocrea.trusted-proxies", () -> "127\\.0\\.0\\.1|0:0:0:0:0:0:0:1");
        registry.add("cocrea.security.require-second-factor", () -> "true");
    }

    private void addAuthenticator() {
        authenticator = ((HasVirtualAuthenticator) browser)
                .addVirtualAuthenticator(new VirtualAuthenticatorOptions()
                        .setProtocol(VirtualAuthenticatorOptions.Protocol.CTAP2)
                        .setTransport(VirtualAuthenticatorOptions.Transport.INTERNAL)
                        .setHasResidentKey(true)
                        .setHasUserVerification(true)
                        .setIsUserVerified(true));
    }

    private String person(String kind) {
        String email = "passkey.journey." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        Long organisation = "professional".equals(kind)
                ? jdbc.sql("SELECT organisation_id FROM app_user WHERE email = :e")
                        .param("e", Demo.SOCIAL_WORKER)
                        .query(Long.class)
                        .single()
                : null;
        TestPeople.ensure(jdbc, email, kind, organisation);
        return email;
    }

    private String planOf(String email) {
        var plan = PrivatePlan.create(jdbc, "passkey-journey");
        jdbc.sql("""
                INSERT INTO initiative_member (initiative_id, person_id, role, joined_at)
                VALUES (:i, (SELECT id FROM app_user WHERE email = :e), 'facilitator', :now)
                """)
                .param("i", plan.initiative())
                .param("e", email)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        return "/plans/" + plan.instance();
    }

    private void signInWithPassword(String email) {
        open("/login");
        type("email", email);
        type("password", PASSWORD);
        submitAndAwaitNextPage(browser.findElement(By.cssSelector("form[action='/login'] button[type=submit]")));
    }

    /** Axe at desktop width, then at a phone's, then back. */
    private void assertAccessibleAtBothWidths() {
        Axe.assertAccessible(browser);
        var desktop = browser.manage().window().getSize();
        org.cocrea.testing.Screens.narrow(browser, new Dimension(375, 812));
        try {
            Axe.assertAccessible(browser);
        } finally {
            browser.manage().window().setSize(desktop);
        }
    }

    private void addPasskey(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-register-button")));
        type("passkey-label", name);
        browser.findElement(By.id("passkey-register-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passkey-added")));
    }

    private long passkeys(String email) {
        return jdbc.sql("""
                        SELECT COUNT(*) FROM passkey WHERE person_id = (SELECT id FROM app_user WHERE email = :e)
                        """).param("e", email).query(Long.class).single();
    }

    @Test
    void aCitizenAddsAPasskeySignsOutAndSignsInWithIt() {
        addAuthenticator();
        String email = person("citizen");
        signInWithPassword(email);
        open("/profile");
        browser.findElement(By.id("passkeys-link")).click();
        wait.until(ExpectedConditions.urlContains("/profile/passkeys"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("passkeys.title"));
        assertAccessibleAtBothWidths();

        // No name: the page says so, nothing is asked of the authenticator.
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-register-button")));
        browser.findElement(By.id("passkey-register-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-register-error")));
        assertThat(browser.findElement(By.id("passkey-register-error")).getText())
                .isEqualTo(message("passkeys.error.label", 60));
        assertThat(authenticator.getCredentials()).isEmpty();

        addPasskey("Telefono di prova");
        assertThat(authenticator.getCredentials()).hasSize(1);
        assertThat(browser.findElement(By.id("passkeys")).getText())
                .contains("Telefono di prova")
                .contains(message("passkeys.neverUsed"));
        assertAccessibleAtBothWidths();

        signOut();
        open("/login");
        assertAccessibleAtBothWidths();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in-button")));
        browser.findElement(By.id("passkey-sign-in-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
        open("/profile/passkeys");
        assertThat(browser.findElement(By.id("passkeys")).getText())
                .as("the last use is recorded")
                .doesNotContain(message("passkeys.neverUsed"));

        // Removed, it signs in no more.
        browser.findElement(By.cssSelector("form[action='/profile/passkeys/remove'] button"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("no-passkeys")));
        assertNotice("passkeys.removed");
        assertThat(passkeys(email)).isZero();
        signOut();
        open("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in-button")));
        browser.findElement(By.id("passkey-sign-in-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in-error")));
        assertThat(browser.findElement(By.id("passkey-sign-in-error")).getText())
                .isEqualTo(message("passkeys.error.signInFailed"));
        assertThat(browser.findElements(By.cssSelector("form[action='/logout']")))
                .isEmpty();
    }

    @Test
    void aSocialWorkerAddsAPasskeyAsSecondFactorAndThenPassesItWithThePasskey() {
        addAuthenticator();
        String email = person("professional");
        String plan = planOf(email);

        // No second factor yet: sent to set one up, which offers a passkey.
        signInWithPassword(email);
        assertThat(browser.getCurrentUrl()).endsWith("/second-factor/setup");
        open(plan);
        assertThat(browser.getCurrentUrl()).endsWith("/second-factor/setup");
        assertAccessibleAtBothWidths();
        browser.findElement(By.id("setup-passkey-link")).click();
        wait.until(ExpectedConditions.urlContains("/profile/passkeys"));
        addPasskey("Telefono di lavoro");
        // The passkey passed the second factor for this session: on to the plan.
        browser.findElement(By.id("continue")).click();
        wait.until(ExpectedConditions.urlContains(plan));
        assertThat(browser.getCurrentUrl()).endsWith(plan);

        // Signed in again with the password: the passkey instead of a code.
        signOut();
        signInWithPassword(email);
        assertThat(browser.getCurrentUrl()).endsWith("/second-factor");
        open(plan);
        assertThat(browser.getCurrentUrl())
                .as("the password alone opens nothing")
                .endsWith("/second-factor");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("passkeys.ask.title"));
        assertThat(browser.findElements(By.id("code")))
                .as("no app, no code field")
                .isEmpty();
        assertAccessibleAtBothWidths();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in-button")));
        browser.findElement(By.id("passkey-sign-in-button")).click();
        wait.until(ExpectedConditions.urlContains(plan));
        assertThat(browser.getCurrentUrl()).endsWith(plan);
        assertThat(browser.findElement(By.tagName("h1")).getText()).isNotBlank();

        // Signed out, a passkey alone signs in and opens the plan.
        signOut();
        open("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in-button")));
        browser.findElement(By.id("passkey-sign-in-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
        open(plan);
        assertThat(browser.getCurrentUrl()).endsWith(plan);

        // The account deleted by an administrator's hand: its passkey signs in no more.
        signOut();
        jdbc.sql("UPDATE app_user SET deleted_at = :now WHERE email = :e")
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .param("e", email)
                .update();
        open("/login");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("passkey-sign-in-button")));
        browser.findElement(By.id("passkey-sign-in-button")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("passkey-sign-in-error")));
        assertThat(browser.findElements(By.cssSelector("form[action='/logout']")))
                .isEmpty();
    }
}
