package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a teacher invites a newcomer to the demo group initiative by mail and makes a join link;
 * the newcomer opens the mailed link signed out, registers, signs in, comes back to the invitation, is asked to
 * confirm the address first (and asks for a new confirmation mail), confirms it and joins; the link
 * then says it was used. Every page passes axe-core.
 */
@ServerTest
class InvitationJourneyIT extends BrowserTest {
    private static final String NEWCOMER = "invited.newcomer@example.org";

    @Autowired
    DevMailbox mailbox;

    @Autowired
    JdbcClient jdbc;

    private long group() {
        return jdbc.sql("SELECT id FROM initiative WHERE title = 'Scuola inclusiva'")
                .query(Long.class)
                .single();
    }

    @AfterEach
    void leaveTheDemoAsItWas() {
        jdbc.sql("DELETE FROM initiative_member WHERE initiative_id = :i AND person_id IN "
                        + "(SELECT id FROM app_user WHERE email = :e)")
                .param("i", group())
                .param("e", NEWCOMER)
                .update();
        jdbc.sql("DELETE FROM initiative_join_link WHERE initiative_id = :i")
                .param("i", group())
                .update();
    }

    @Test
    void inviteByMailRegisterComeBackAndJoin() {
        long id = group();
        signIn(Demo.TEACHER);
        open("/initiatives/" + id);
        browser.findElement(By.cssSelector("a[href='/initiatives/" + id + "/invitations']"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("by-mail")));
        Axe.assertAccessible(browser);

        type("email", "not an address");
        submit("/initiatives/" + id + "/invitations");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("email-error")));
        assertThat(browser.findElement(By.id("email")).getAttribute("aria-describedby"))
                .contains("email-error");
        Axe.assertAccessible(browser);

        type("email", NEWCOMER);
        submit("/initiatives/" + id + "/invitations");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertNotice("invitation.sent");
        assertThat(browser.findElement(By.tagName("table")).getText()).contains(NEWCOMER);

        submit("/initiatives/" + id + "/join-link");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("new-link")));
        assertThat(browser.findElement(By.id("new-link")).getAttribute("value"))
                .contains("/initiatives/" + id + "/join/");
        Axe.assertAccessible(browser);
        signOut();

        var link = Pattern.compile("(/initiatives/\\d+/invitations/[A-Za-z0-9_-]+)")
                .matcher(mailbox.to(NEWCOMER).get(0).body());
        assertThat(link.find()).isTrue();
        open(link.group(1));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.cssSelector("main a[href='/register']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("acceptTerms")));
        type("name", "Invited Newcomer");
        type("email", NEWCOMER);
        type("password", "a browser passphrase");
        browser.findElement(By.id("acceptTerms")).click();
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // Registering signs nobody in (so it answers alike for an address that has an account): the sign-in page
        // says to check the mail, with the address filled in; signing in brings the newcomer back.
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("p.notice")));
        assertNotice("register.sent");
        assertThat(browser.findElement(By.id("email")).getAttribute("value")).isEqualTo(NEWCOMER);
        type("password", "a browser passphrase");
        browser.findElement(By.cssSelector("form.form button[type=submit]")).click();

        // Back at the invitation, signed in: the offer, and joining by a button.
        wait.until(ExpectedConditions.urlContains(link.group(1)));
        assertThat(browser.findElement(By.tagName("main")).getText()).contains("Scuola inclusiva");
        Axe.assertAccessible(browser);
        // Joining counts only from a confirmed address (finding 6): the page says so and offers a new mail.
        browser.findElement(By.cssSelector("main form[action='" + link.group(1) + "'] button"))
                .click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("resend-confirmation")));
        Axe.assertAccessible(browser);
        browser.findElement(By.cssSelector("#resend-confirmation button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-banner")));
        var verify = Pattern.compile("(/verify\\?token=[A-Za-z0-9_-]+)")
                .matcher(mailbox.to(NEWCOMER).stream()
                        .map(m -> m.body())
                        .filter(b -> b.contains("/verify?token="))
                        .findFirst() // newest first: the resent link voided the one mailed at registration
                        .orElseThrow());
        assertThat(verify.find()).isTrue();
        open(verify.group(1));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("verify-result")));
        assertThat(jdbc.sql("SELECT email_verified_at IS NOT NULL FROM app_user WHERE email = :e")
                        .param("e", NEWCOMER)
                        .query(Boolean.class)
                        .single())
                .as("the newest confirmation link confirms the address")
                .isTrue();
        open(link.group(1));
        browser.findElement(By.cssSelector("main form[action='" + link.group(1) + "'] button"))
                .click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/initiatives/" + id));
        assertNotice("join.joined");
        // A member now, the newcomer sees the initiative's member list, with their own name in it.
        assertThat(browser.findElement(By.cssSelector("ul.members")).getText()).contains("Invited Newcomer");

        // The mailed invitation admitted one person: opened again, it says it was used, and nothing changes.
        open(link.group(1));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("invitation.gone.title"));
        assertThat(browser.findElement(By.cssSelector("main p[role=alert]")).getText())
                .isEqualTo(message("invitation.used"));
        Axe.assertAccessible(browser);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :i AND person_id IN "
                                + "(SELECT id FROM app_user WHERE email = :e)")
                        .param("i", id)
                        .param("e", NEWCOMER)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
