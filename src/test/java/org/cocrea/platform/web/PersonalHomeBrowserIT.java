package org.cocrea.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.cocrea.testing.Axe;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Screenshots;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14 acceptance: a citizen signs in and reaches the open ballot from the personal home in one click. The
 * demo citizen is a member of the bike-routes initiative, whose participatory budget is open to its members and
 * in which they have not voted; the home lists it among what waits for them, with its link the ballot itself. The
 * home and the ballot pass axe at desktop and 375 px; screenshots at both widths are kept under
 * target/screenshots/.
 */
@ServerTest
class PersonalHomeBrowserIT extends BrowserTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCitizenSignsInAndReachesTheOpenBallotFromTheHomeInOneClick() {
        long citizen = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.CITIZEN)
                .query(Long.class)
                .single();
        // The open budget of an initiative the citizen belongs to, with no ballot of theirs: the demo's flagship.
        long budget = jdbc.sql("""
                        SELECT MIN(b.tool_instance_id) FROM budget b
                        JOIN tool_instance t ON t.id = b.tool_instance_id
                        JOIN initiative_member m ON m.initiative_id = t.initiative_id
                        WHERE b.status = 'open' AND m.person_id = :me AND m.role = 'member'
                            AND b.eligibility IN ('members', 'registered')
                            AND NOT EXISTS (SELECT 1 FROM budget_ballot x WHERE x.budget_id = b.id AND x.voter_id = :me)
                        """).param("me", citizen).query(Long.class).single();

        signIn(Demo.CITIZEN);
        open("/");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("todo-heading")));
        String name = jdbc.sql("SELECT name FROM app_user WHERE id = :me")
                .param("me", citizen)
                .query(String.class)
                .single();
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(message("home.personal.heading", name));
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "personal-home-citizen");

        var ballot = browser.findElement(By.cssSelector("li.todo-ballot a[href='/budget/" + budget + "']"));
        String title = jdbc.sql("""
                        SELECT i.title FROM initiative i JOIN tool_instance t ON t.initiative_id = i.id
                        WHERE t.id = :t
                        """).param("t", budget).query(String.class).single();
        assertThat(ballot.getText()).isEqualTo(message("budget.todo.ballot", title));
        ballot.click();
        wait.until(ExpectedConditions.urlToBe("http://localhost:" + port + "/budget/" + budget));
        assertThat(browser.findElements(By.cssSelector("form[action='/budget/" + budget + "/ballot']")))
                .as("one click from the home: the ballot itself")
                .hasSize(1);
        assertThat(browser.findElements(By.cssSelector("input[name=projects]"))).isNotEmpty();
        Axe.assertAccessible(browser);
        Screenshots.saveAtBothWidths(browser, "personal-home-citizen-ballot");
    }
}
