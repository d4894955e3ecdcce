package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.platform.SecretTokens;
import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * In a real browser: a person follows the profile's link to their API tokens, is refused a token without a name or
 * permission, makes one and sees it once, finds it listed without its value, and revokes it. Every page passes axe
 * at desktop and phone width.
 */
@ServerTest
class ApiTokensBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPersonMakesATokenSeesItOnceAndRevokesIt() {
        signIn(Demo.PARENT);
        open("/profile");
        browser.findElement(By.cssSelector("a[href='/api/tokens']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/api/tokens"));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("api.tokens.title"));
        Axe.assertAccessible(browser);

        // Nothing ticked, no name: refused, each field says why.
        browser.findElement(By.cssSelector("input[name='scopes'][value='read:public']"))
                .click();
        submitAndAwaitNextPage("/api/tokens");
        assertThat(browser.findElement(By.id("name-error")).getText()).isEqualTo(message("api.token.name.invalid"));
        assertThat(browser.findElement(By.id("scopes-error")).getText()).isEqualTo(message("api.token.scopes.none"));
        Axe.assertAccessible(browser);

        type("name", "Sito della scuola");
        browser.findElement(By.cssSelector("input[name='scopes'][value='read:mine']"))
                .click();
        submitAndAwaitNextPage("/api/tokens");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("api.token.created.title"));
        String token = browser.findElement(By.id("new-token-value")).getAttribute("value");
        assertThat(token).startsWith("cocrea_");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE token_hash = :h AND revoked_at IS NULL")
                        .param("h", SecretTokens.hash(token))
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Axe.assertAccessible(browser);

        browser.findElement(By.cssSelector("a[href='/api/tokens']")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/api/tokens"));
        assertThat(browser.getPageSource()).doesNotContain(token);
        assertThat(browser.findElement(By.cssSelector(".api-tokens")).getText())
                .contains("Sito della scuola")
                .contains(message("api.scope.read:mine"));
        Axe.assertAccessible(browser);

        long id = jdbc.sql("SELECT id FROM api_token WHERE token_hash = :h")
                .param("h", SecretTokens.hash(token))
                .query(Long.class)
                .single();
        submitAndAwaitNextPage("/api/tokens/" + id + "/revoke");
        assertNotice("api.token.revoked");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token WHERE id = :i AND revoked_at IS NOT NULL")
                        .param("i", id)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        Axe.assertAccessible(browser);
        signOut();
    }
}
