package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.regex.Pattern;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Browser;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Deleting an account removes the person and keeps what they gave to others: their proposal and comment stay,
 * in the same place and counted, with no name, email or trace of who they were.
 */
@WebTest
class ContributionsOutliveTheirAuthorTest {
    private static final Pattern VERIFY = Pattern.compile("(/verify\\?token=[A-Za-z0-9_-]+)");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    DevMailbox mailbox;

    @Test
    void aDeletedPersonsProposalAndCommentStayAnonymised() throws Exception {
        var person = new Browser(mvc);
        person.perform(post("/register")
                .with(csrf())
                .param("name", "Ottavia Lascialetracce")
                .param("email", "ottavia@example.org")
                .param("password", "a long passphrase")
                .param("language", "en")
                .param("acceptTerms", "true"));
        var link = VERIFY.matcher(mailbox.to("ottavia@example.org").get(0).body());
        assertThat(link.find()).isTrue();
        person.perform(get(link.group(1)));
        person.perform(post("/login")
                .with(csrf())
                .param("email", "ottavia@example.org")
                .param("password", "a long passphrase"));

        long initiative = TestIdeas.count(jdbc, "SELECT id FROM initiative WHERE title = ?", TestIdeas.COLLECTIVE);
        long tool = TestIdeas.count(
                jdbc, "SELECT id FROM tool_instance WHERE initiative_id = ? AND tool_id = 'ideas'", initiative);
        assertThat(person.perform(post("/initiatives/" + initiative + "/join").with(csrf()))
                        .getStatus())
                .isEqualTo(302);
        var proposed = person.perform(multipart("/ideas/" + tool)
                .with(csrf())
                .param("title", "Fontanella al parco Lascialetracce")
                .param("body", "Acqua per chi corre")
                .param("category", "verde"));
        assertThat(proposed.getStatus()).isEqualTo(302);
        String ideaUrl = proposed.getRedirectedUrl();
        long idea = Long.parseLong(ideaUrl.substring(ideaUrl.lastIndexOf('/') + 1));
        assertThat(person.perform(post(ideaUrl.replaceFirst("^/ideas/(\\d+)/(\\d+)$", "/comments/tool/$1/idea/$2"))
                                .with(csrf())
                                .param("body", "Serve anche d'estate")
                                .param("back", ideaUrl))
                        .getStatus())
                .isEqualTo(302);
        long author = TestIdeas.count(jdbc, "SELECT author_id FROM idea WHERE id = ?", idea);

        var deleted = person.perform(post("/profile/delete").with(csrf()).param("password", "a long passphrase"));
        assertThat(deleted.getRedirectedUrl()).isEqualTo("/");

        assertThat(TestIdeas.count(jdbc, "SELECT COUNT(*) FROM idea WHERE id = ? AND author_id = ?", idea, author))
                .as("the proposal is kept, still tied to the (now anonymous) account row")
                .isEqualTo(1);
        assertThat(TestIdeas.count(
                        jdbc, "SELECT COUNT(*) FROM comment WHERE target_kind = 'idea' AND target_id = ?", idea))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE name LIKE '%Lascialetracce%' OR email LIKE 'ottavia%'")
                        .query(Long.class)
                        .single())
                .as("nothing identifies the person any more")
                .isZero();

        String page = mvc.perform(get(ideaUrl)).andReturn().getResponse().getContentAsString();
        assertThat(page)
                .contains("Fontanella al parco Lascialetracce")
                .contains("Serve anche d'estate")
                .doesNotContain("Ottavia")
                .doesNotContain("ottavia@");
        assertThat(mvc.perform(get("/ideas/" + tool)).andReturn().getResponse().getContentAsString())
                .contains("Fontanella al parco Lascialetracce")
                .doesNotContain("Ottavia");
    }
}
