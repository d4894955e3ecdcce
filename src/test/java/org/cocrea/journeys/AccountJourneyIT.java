package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;

/** A person in a real browser: register, sign in, verify the email, sign out, sign in, switch language, sign out. */
@ServerTest
class AccountJourneyIT extends BrowserTest {

    @Autowired
    DevMailbox mailbox;

    @Test
    void registerVerifySignOutSignInSwitchLanguageSignOut() {
        open("/");
        Axe.assertAccessible(browser);
        browser.findElement(By.linkText("Create an account")).click();

        wait.until(ExpectedConditions.titleContains("Create an account"));
        Axe.assertAccessible(browser);
        type("name", "Bianca Browser");
        type("email", "bianca@example.org");
        type("password", "tiny");
        browser.findElement(By.id("acceptTerms")).click();
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("password-error")));
        assertThat(browser.findElement(By.id("password-error")).getText()).contains("between 10 and 64");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("bianca@example.org");
        Axe.assertAccessible(browser);

        type("password", "a browser passphrase");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        // Registering signs nobody in (so it answers alike for an address that has an account): check the mail,
        // then sign in.
        wait.until(ExpectedConditions.titleContains("Sign in"));
        assertNotice("register.sent");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo("bianca@example.org");
        Axe.assertAccessible(browser);
        type("password", "a browser passphrase");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
        open("/profile");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-banner")));
        Axe.assertAccessible(browser);

        var matcher = Pattern.compile("(/verify\\?token=[A-Za-z0-9_-]+)")
                .matcher(mailbox.to("bianca@example.org").get(0).body());
        assertThat(matcher.find()).isTrue();
        open(matcher.group(1));
        assertThat(browser.findElement(By.id("verify-result")).getText()).isEqualTo(message("verify.done"));
        open("/profile");
        assertThat(browser.findElements(By.id("verified-badge"))).hasSize(1);

        signOut();
        open("/login");
        Axe.assertAccessible(browser);
        type("email", "bianca@example.org");
        type("password", "a browser passphrase");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));

        browser.findElement(By.cssSelector(".language-switch button[value=it]")).click();
        wait.until(ExpectedConditions.attributeToBe(By.tagName("html"), "lang", "it"));
        assertThat(browser.findElement(By.cssSelector("form[action='/logout'] button"))
                        .getText())
                .isEqualTo("Esci");
        open("/profile");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Il mio profilo");

        signOut();
        assertThat(browser.findElements(By.cssSelector("form[action='/logout']")))
                .isEmpty();
    }

    @Test
    void theDemoAccountsSignIn() {
        for (String email : new String[] {Demo.ADMIN, Demo.SOCIAL_WORKER, Demo.CITIZEN}) {
            open("/login");
            type("email", email);
            type("password", Demo.PASSWORD);
            browser.findElement(By.cssSelector("form.form button[type=submit]")).click();
            wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form[action='/logout']")));
            signOut();
        }
    }
}
