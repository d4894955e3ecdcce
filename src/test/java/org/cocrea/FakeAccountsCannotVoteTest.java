package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.TestVoters;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Finding 6 of issue 11, "fake accounts can vote": e-mail confirmation was never required, so five throw-away
 * accounts raised the demo vote's ballots from 3 to 8, joined the open initiative to vote in its members-only
 * budget, supported proposals, and, answering the factor questionnaire with all 1s, revealed the one real answer
 * behind a "never fewer than five" average. Each attack is replayed here and must now fail; the page says why and
 * its resend button mails a link that makes the next try count. (Joining by invitation or join link:
 * {@code InvitationWebTest#finding6_anUnconfirmedAccountCannotJoinByInvitationOrJoinLink}.)
 */
@WebTest
class FakeAccountsCannotVoteTest {
    private static final String BIKES = "Percorsi ciclabili del quartiere";
    private static final List<String> THROWAWAYS = List.of(
            "throwaway.1@mailinator.example",
            "throwaway.2@mailinator.example",
            "throwaway.3@mailinator.example",
            "throwaway.4@mailinator.example",
            "throwaway.5@mailinator.example");
    private static final Pattern VERIFY = Pattern.compile("(/verify\\?token=[A-Za-z0-9_-]+)");
    private static final List<String> ITEMS =
            List.of("skills", "intrinsic_motivation", "ownership", "social_capital", "risk_aversion");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    DevMailbox mailbox;

    Demo demo;

    @BeforeEach
    void throwAwayAccounts() {
        demo = new Demo(users);
        THROWAWAYS.forEach(email -> TestPeople.unconfirmed(jdbc, email));
    }

    private long single(String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }

    private long initiative(String title) {
        return single("SELECT id FROM initiative WHERE title = ?", title);
    }

    private long instance(long initiative, String tool) {
        return single("SELECT MIN(id) FROM tool_instance WHERE initiative_id = ? AND tool_id = ?", initiative, tool);
    }

    private long person(String email) {
        return single("SELECT id FROM app_user WHERE email = ?", email);
    }

    private MockHttpServletResponse perform(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request).andReturn().getResponse();
    }

    /** The refusal the finding asks for: the page again (422), saying why, with the resend button. */
    private static void assertRefusedAsUnconfirmed(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as("status of a refused participation").isEqualTo(422);
        String page = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).containsAnyOf("Prima conferma il tuo indirizzo email", "Please confirm your email address");
        assertThat(page).contains("id=\"resend-confirmation\"", "action=\"/verify/resend\"");
    }

    private long demoVote() {
        return instance(initiative(BIKES), "vote");
    }

    private long ballots(long voteInstance) {
        return single(
                "SELECT COUNT(*) FROM vote_ballot b JOIN vote v ON v.id = b.vote_id WHERE v.tool_instance_id = ?",
                voteInstance);
    }

    /** A full ranking of the demo vote's options, as the ballot form sends it. */
    private MockHttpServletRequestBuilder rankedBallot(long voteInstance, String voter) {
        var request = post("/vote/" + voteInstance + "/ballot").with(csrf()).with(demo.as(voter));
        var options = jdbc.sql("""
                        SELECT o.id FROM vote_option o JOIN vote v ON v.id = o.vote_id
                        WHERE v.tool_instance_id = :t ORDER BY o.position
                        """).param("t", voteInstance).query(Long.class).list();
        for (int rank = 1; rank <= options.size(); rank++) {
            request.param("mark-" + options.get(rank - 1), String.valueOf(rank));
        }
        return request;
    }

    @Test
    void finding6_fiveThrowAwayAccountsCannotRaiseTheDemoVotesBallots() throws Exception {
        long vote = demoVote();
        long before = ballots(vote);
        for (String throwaway : THROWAWAYS) {
            assertRefusedAsUnconfirmed(perform(rankedBallot(vote, throwaway)));
        }
        assertThat(ballots(vote))
                .as("ballots of the demo vote after five throw-away accounts voted")
                .isEqualTo(before);
    }

    @Test
    void finding6_throwAwayAccountsCannotJoinTheOpenInitiativeToVoteInItsMembersOnlyBudget() throws Exception {
        long bikes = initiative(BIKES);
        long budget = instance(bikes, "budget");
        long cheapest = single("""
                SELECT p.id FROM budget_project p JOIN budget b ON b.id = p.budget_id WHERE b.tool_instance_id = ?
                ORDER BY p.cost_cents, p.id FETCH FIRST 1 ROWS ONLY
                """, budget);
        String countBallots =
                "SELECT COUNT(*) FROM budget_ballot bb JOIN budget b ON b.id = bb.budget_id WHERE b.tool_instance_id = ?";
        long before = single(countBallots, budget);
        for (String throwaway : THROWAWAYS) {
            assertRefusedAsUnconfirmed(
                    perform(post("/initiatives/" + bikes + "/join").with(csrf()).with(demo.as(throwaway))));
            assertThat(single(
                            "SELECT COUNT(*) FROM initiative_member WHERE initiative_id = ? AND person_id = ?",
                            bikes,
                            person(throwaway)))
                    .as(throwaway + " joined the open initiative")
                    .isZero();
            assertThat(perform(post("/budget/" + budget + "/ballot")
                                    .with(csrf())
                                    .with(demo.as(throwaway))
                                    .param("projects", String.valueOf(cheapest)))
                            .getStatus())
                    .isEqualTo(422);
        }
        assertThat(single(countBallots, budget))
                .as("ballots of the members-only budget")
                .isEqualTo(before);
    }

    @Test
    void finding6_aThrowAwayAccountThatIsAlreadyAMemberCannotCastABudgetBallotOrSupport() throws Exception {
        // Members who joined before confirmation was required keep their role, but what they do does not count.
        long copy = TestIdeas.copy(jdbc, BIKES);
        long ideas = TestIdeas.addTool(jdbc, copy, "ideas");
        long idea = TestIdeas.idea(jdbc, ideas, "Rastrelliera davanti alla biblioteca", "open", null);
        String member = THROWAWAYS.get(0);
        TestVoters.join(jdbc, copy, List.of(member));
        try {
            assertRefusedAsUnconfirmed(perform(post("/ideas/" + ideas + "/" + idea + "/support")
                    .with(csrf())
                    .with(demo.as(member))));
            assertThat(single("SELECT COUNT(*) FROM idea_support WHERE idea_id = ?", idea))
                    .as("supports of the proposal")
                    .isZero();

            long bikes = initiative(BIKES);
            long budget = instance(bikes, "budget");
            TestVoters.join(jdbc, bikes, List.of(member));
            try {
                long project = single(
                        "SELECT MIN(p.id) FROM budget_project p JOIN budget b ON b.id = p.budget_id"
                                + " WHERE b.tool_instance_id = ?",
                        budget);
                assertRefusedAsUnconfirmed(perform(post("/budget/" + budget + "/ballot")
                        .with(csrf())
                        .with(demo.as(member))
                        .param("projects", String.valueOf(project))));
                assertThat(single(
                                "SELECT COUNT(*) FROM budget_ballot bb JOIN budget b ON b.id = bb.budget_id"
                                        + " WHERE b.tool_instance_id = ? AND bb.voter_id = ?",
                                budget,
                                person(member)))
                        .isZero();
            } finally {
                jdbc.sql("DELETE FROM initiative_member WHERE initiative_id = ? AND person_id = ?")
                        .params(bikes, person(member))
                        .update();
            }
        } finally {
            jdbc.sql("DELETE FROM initiative WHERE id = :c").param("c", copy).update();
        }
    }

    @Test
    void finding6_throwAwayAccountsCannotSupportOrProposeToAnOrganisation() throws Exception {
        long organisation = single("SELECT MIN(id) FROM organisation");
        String location = perform(post("/petitions")
                        .with(csrf())
                        .with(demo.as(Demo.CITIZEN))
                        .param("organisationId", String.valueOf(organisation))
                        .param("title", "Fontanelle lungo la ciclabile")
                        .param("summary", "Acqua per chi pedala")
                        .param("description", "")
                        .param("domain", "environment-and-parks")
                        .param("level", "collective"))
                .getRedirectedUrl();
        assertThat(location).startsWith("/petitions/");
        long proposal = Long.parseLong(location.substring("/petitions/".length()));
        String supports = "SELECT COUNT(*) FROM petition_support WHERE petition_id = ?";
        long before = single(supports, proposal);
        for (String throwaway : THROWAWAYS) {
            assertRefusedAsUnconfirmed(perform(
                    post("/petitions/" + proposal + "/support").with(csrf()).with(demo.as(throwaway))));
        }
        assertThat(single(supports, proposal)).as("supports of the petition").isEqualTo(before);

        // A new proposal carries its proposer's support: refused too, with what was typed kept.
        var proposed = perform(post("/petitions")
                .with(csrf())
                .with(demo.as(THROWAWAYS.get(1)))
                .param("organisationId", String.valueOf(organisation))
                .param("title", "Panchine lungo la ciclabile")
                .param("summary", "Dove fermarsi a metà strada")
                .param("description", "")
                .param("domain", "environment-and-parks")
                .param("level", "collective"));
        assertRefusedAsUnconfirmed(proposed);
        assertThat(proposed.getContentAsString(StandardCharsets.UTF_8)).contains("Panchine lungo la ciclabile");
        assertThat(single("SELECT COUNT(*) FROM petition WHERE title = 'Panchine lungo la ciclabile'"))
                .isZero();
    }

    @Test
    void finding6_theResendButtonMailsALinkAfterWhichTheBallotCounts() throws Exception {
        String newcomer = "finding6.resend@mailinator.example";
        TestPeople.unconfirmed(jdbc, newcomer);
        long vote = demoVote();
        long before = ballots(vote);
        assertRefusedAsUnconfirmed(perform(rankedBallot(vote, newcomer)));

        var resent = perform(post("/verify/resend").with(csrf()).with(demo.as(newcomer)));
        assertThat(resent.getStatus()).isEqualTo(302);
        var mails = mailbox.to(newcomer);
        assertThat(mails).hasSize(1);
        var link = VERIFY.matcher(mails.get(0).body());
        assertThat(link.find()).isTrue();
        assertThat(perform(get(link.group(1))).getStatus()).isEqualTo(200);

        try {
            assertThat(perform(rankedBallot(vote, newcomer)).getStatus()).isEqualTo(302);
            assertThat(ballots(vote)).isEqualTo(before + 1);
        } finally {
            jdbc.sql("DELETE FROM vote_ballot WHERE voter_id = :p")
                    .param("p", person(newcomer))
                    .update();
        }
    }

    @Test
    void finding6_resendingIsLimitedSoTheButtonCannotFloodAMailbox() throws Exception {
        String flooded = "finding6.flooded@mailinator.example";
        TestPeople.unconfirmed(jdbc, flooded);
        for (int k = 0; k < 6; k++) {
            perform(post("/verify/resend").with(csrf()).with(demo.as(flooded)));
        }
        assertThat(mailbox.to(flooded)).as("confirmation mails in one hour").hasSize(3);
    }

    // The factor questionnaire: published figures move only after five new confirmed answers.

    private MockHttpServletRequestBuilder answers(long initiative, String email, int value) {
        var request = post("/initiatives/" + initiative + "/factors/mine")
                .with(csrf())
                .with(demo.as(email))
                .param("consent", "true");
        ITEMS.forEach(item -> request.param(item, String.valueOf(value)));
        return request;
    }

    /** The averages table the members see, exactly as shown. */
    private String published(long initiative, String viewer) throws Exception {
        String page = perform(get("/initiatives/" + initiative + "/factors").with(demo.as(viewer)))
                .getContentAsString(StandardCharsets.UTF_8);
        int table = page.indexOf("<table>");
        return table < 0 ? "(no averages shown)" : page.substring(table, page.indexOf("</table>", table));
    }

    private void answer(long initiative, String email, int value) throws Exception {
        assertThat(perform(answers(initiative, email, value)).getStatus()).isEqualTo(302);
    }

    @Test
    void finding6_theQuestionnaireAveragesCannotIsolateOneAnswer() throws Exception {
        long copy = TestIdeas.copy(jdbc, BIKES);
        var real = TestVoters.create(jdbc, "finding6-factors", 15);
        TestVoters.join(jdbc, copy, real);
        // Throw-away accounts that are members already (joined before confirmation was required).
        TestVoters.join(jdbc, copy, THROWAWAYS);
        try {
            // Five real answers, 1 to 5 on every item: averages of 3.0 from five members are published.
            for (int k = 0; k < 5; k++) {
                answer(copy, real.get(k), k + 1);
            }
            String five = published(copy, real.get(0));
            assertThat(five).contains(" 5 ", "<td>3,0</td>");

            // A sixth answer alone does not move the figures (3.3 of six would reveal it was a 5).
            answer(copy, real.get(5), 5);
            assertThat(published(copy, real.get(0))).as("after a sixth answer").isEqualTo(five);

            // Four throw-away members answering all 1s are refused, and move nothing either.
            for (String throwaway : THROWAWAYS.subList(0, 4)) {
                assertRefusedAsUnconfirmed(perform(answers(copy, throwaway, 1)));
            }
            assertThat(published(copy, real.get(0)))
                    .as("after four throw-away answers")
                    .isEqualTo(five);
            // Answers stored before confirmation was required are not counted either.
            for (String throwaway : THROWAWAYS) {
                jdbc.sql("""
                        INSERT INTO citizen_factor_answer (initiative_id, person_id, skills, intrinsic_motivation,
                            ownership, social_capital, risk_aversion, answered_at)
                        VALUES (?, ?, 1, 1, 1, 1, 1, CURRENT_TIMESTAMP)
                        """).params(copy, person(throwaway)).update();
            }

            // Four more real answers (five new since the publication): ten confirmed members, averages
            // (1+2+3+4+5 + 5×5) / 10 = 4.0, the throw-away 1s left out.
            for (int k = 6; k < 10; k++) {
                answer(copy, real.get(k), 5);
            }
            String ten = published(copy, real.get(0));
            assertThat(ten).contains(" 10 ", "<td>4,0</td>").doesNotContain("<td>3,0</td>");

            // An edit is a change too: one edit shows nothing; five people changing publish again.
            answer(copy, real.get(9), 1);
            assertThat(published(copy, real.get(0))).as("after one edit").isEqualTo(ten);
            for (int k = 6; k < 9; k++) {
                answer(copy, real.get(k), 1);
            }
            assertThat(perform(post("/initiatives/" + copy + "/factors/mine/delete")
                                    .with(csrf())
                                    .with(demo.as(real.get(5))))
                            .getStatus())
                    .isEqualTo(302);
            // Nine left: (1+2+3+4+5 + 4×1) / 9 = 2.1
            assertThat(published(copy, real.get(0))).contains(" 9 ", "<td>2,1</td>");
        } finally {
            jdbc.sql("DELETE FROM initiative WHERE id = :c").param("c", copy).update();
        }
    }
}
