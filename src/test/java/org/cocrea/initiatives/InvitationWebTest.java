package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.regex.Pattern;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Joining group initiatives by invitation: by mail to any address, by the join link, and every way a link
 * can be bad. Demo accounts speak Italian and pages default to Italian, so messages are checked in Italian.
 */
@InitiativesWebTest
class InvitationWebTest {
    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);
    private static final Pattern MAIL_LINK = Pattern.compile("/initiatives/(\\d+)/invitations/([A-Za-z0-9_-]{43})");
    private static final Pattern JOIN_LINK = Pattern.compile("/initiatives/(\\d+)/join/([A-Za-z0-9_-]{43})");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;

    private final java.util.List<Long> created = new java.util.ArrayList<>();

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
        People.ensure(jdbc);
    }

    /** The shared context's other tests count initiatives (the typology, the API): ours go away. */
    @AfterEach
    void removeInitiatives() {
        for (long id : created) {
            jdbc.sql("DELETE FROM initiative WHERE id = :id").param("id", id).update();
        }
    }

    private RequestPostProcessor as(String email) {
        return demo.as(email);
    }

    private long create(String title, String level, String owner) throws Exception {
        String location = mvc.perform(post("/initiatives")
                        .with(csrf())
                        .with(as(owner))
                        .param("title", title)
                        .param("summary", "Summary of " + title)
                        .param("description", "")
                        .param("domain", "education")
                        .param("level", level)
                        .param("citizenRoles", "co-designer")
                        .param("objectives", "effectiveness"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long id = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        created.add(id);
        mvc.perform(post("/initiatives/" + id + "/phases")
                        .with(csrf())
                        .with(as(owner))
                        .param("phase", "co-design")
                        .param("start", TODAY.toString())
                        .param("end", TODAY.plusDays(30).toString()))
                .andExpect(status().isFound());
        mvc.perform(post("/initiatives/" + id + "/publish").with(csrf()).with(as(owner)))
                .andExpect(status().isFound());
        return id;
    }

    private long group(String title) throws Exception {
        return create(title, "group", Demo.TEACHER);
    }

    private MockHttpServletRequestBuilder invite(long id, String email) {
        return post("/initiatives/" + id + "/invitations")
                .with(csrf())
                .with(as(Demo.TEACHER))
                .param("email", email);
    }

    private String lastMailTo(String recipient) {
        return jdbc.sql(
                        "SELECT subject || '\n' || body FROM dev_mail WHERE recipient = :r ORDER BY id DESC FETCH FIRST 1 ROWS ONLY")
                .param("r", recipient)
                .query(String.class)
                .single();
    }

    private long mails(String recipient) {
        return jdbc.sql("SELECT COUNT(*) FROM dev_mail WHERE recipient = :r")
                .param("r", recipient)
                .query(Long.class)
                .single();
    }

    /** The path of the invitation link in the latest mail to {@code recipient}, checked to be for {@code id}. */
    private String mailedLink(String recipient, long id) {
        var m = MAIL_LINK.matcher(lastMailTo(recipient));
        assertThat(m.find()).as("a link in the mail").isTrue();
        assertThat(Long.parseLong(m.group(1))).isEqualTo(id);
        return m.group(0);
    }

    private long count(String sql, long id) {
        return jdbc.sql(sql).param("id", id).query(Long.class).single();
    }

    private long members(long id, String email) {
        return jdbc.sql("SELECT COUNT(*) FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                .param("i", id)
                .param("p", People.id(jdbc, email))
                .query(Long.class)
                .single();
    }

    private String body(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void anAddressWithoutAnAccountGetsAMailWhoseLinkJoinsOnce() throws Exception {
        long id = group("Invitation by mail");
        mvc.perform(invite(id, "  Newcomer.One@Example.org ").header("Accept-Language", "en"))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/initiatives/" + id + "/invitations"));

        // No account: the mail speaks the language of the facilitator's page, and names the group initiative.
        String mail = lastMailTo("newcomer.one@example.org");
        assertThat(mail).startsWith("Invitation to join \"Invitation by mail\"");
        String link = mailedLink("newcomer.one@example.org", id);
        String token = link.substring(link.lastIndexOf('/') + 1);
        assertThat(count("SELECT COUNT(*) FROM initiative_mail_invitation WHERE initiative_id = :id", id))
                .isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_mail_invitation WHERE token_hash LIKE :t")
                        .param("t", "%" + token + "%")
                        .query(Long.class)
                        .single())
                .as("only the hash is stored")
                .isZero();
        assertThat(body(get("/initiatives/" + id + "/invitations").with(as(Demo.TEACHER)), 200))
                .contains("newcomer.one@example.org");

        // Reading the offer changes nothing; joining is a POST.
        String offer = body(get(link).with(as(Demo.VOLUNTEER)), 200);
        assertThat(offer)
                .contains("Invitation by mail", "Summary of Invitation by mail", "action=\"" + link + "\"")
                .contains("name=\"_csrf\"");
        assertThat(members(id, Demo.VOLUNTEER)).isZero();
        mvc.perform(post(link).with(as(Demo.VOLUNTEER))).andExpect(status().isForbidden());
        assertThat(members(id, Demo.VOLUNTEER)).isZero();

        // Anyone holding the link may accept it (the token is the secret), once.
        mvc.perform(post(link).with(csrf()).with(as(Demo.VOLUNTEER)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/initiatives/" + id))
                .andExpect(flash().attribute("notice", "join.joined"));
        assertThat(members(id, Demo.VOLUNTEER)).isEqualTo(1);
        assertThat(jdbc.sql("SELECT role FROM initiative_member WHERE initiative_id = :i AND person_id = :p")
                        .param("i", id)
                        .param("p", People.id(jdbc, Demo.VOLUNTEER))
                        .query(String.class)
                        .single())
                .isEqualTo("member");
        mvc.perform(get("/initiatives/" + id).with(as(Demo.VOLUNTEER))).andExpect(status().isOk());

        // Used: a second join (by the same person or anyone else) is refused, nothing stored.
        assertThat(body(post(link).with(csrf()).with(as(Demo.VOLUNTEER)), 410)).contains("già stato usato");
        assertThat(body(get(link).with(as(People.OTHER_CITIZEN)), 410)).contains("già stato usato");
        assertThat(body(post(link).with(csrf()).with(as(People.OTHER_CITIZEN)), 410))
                .contains("già stato usato");
        assertThat(members(id, Demo.VOLUNTEER)).isEqualTo(1);
        assertThat(members(id, People.OTHER_CITIZEN)).isZero();
        assertThat(body(get("/initiatives/" + id + "/invitations").with(as(Demo.TEACHER)), 200))
                .doesNotContain("newcomer.one@example.org");
    }

    @Test
    void someoneSignedOutIsSentToSignInAndBroughtBackToTheInvitation() throws Exception {
        long id = group("Invitation for the signed out");
        mvc.perform(invite(id, Demo.VOLUNTEER)).andExpect(status().isFound());
        String link = mailedLink(Demo.VOLUNTEER, id);

        var session = new MockHttpSession();
        var first = mvc.perform(get(link).session(session))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        assertThat(first.getRedirectedUrl()).contains("/login");
        var cookies = first.getCookies();
        assertThat(mvc.perform(post(link).session(session).cookie(cookies).with(csrf()))
                        .andExpect(status().isFound())
                        .andReturn()
                        .getResponse()
                        .getRedirectedUrl())
                .contains("/login");
        assertThat(members(id, Demo.VOLUNTEER)).isZero();

        String back = mvc.perform(post("/login")
                        .session(session)
                        .cookie(cookies)
                        .with(csrf())
                        .param("email", Demo.VOLUNTEER)
                        .param("password", Demo.PASSWORD))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        assertThat(back).contains(link);
        assertThat(members(id, Demo.VOLUNTEER)).isZero();
    }

    /**
     * Finding 6: a throw-away account (its address never confirmed) could join a group initiative with a mailed
     * invitation or the shared join link, and then vote in its members-only tools. Both are refused, with the
     * reason and the resend button, and leave the invitation usable once the address is confirmed.
     */
    @Test
    void finding6_anUnconfirmedAccountCannotJoinByInvitationOrJoinLink() throws Exception {
        String throwaway = "throwaway.invited@example.org";
        TestPeople.unconfirmed(jdbc, throwaway);
        long id = group("Invitation to a throw-away account");
        mvc.perform(invite(id, throwaway)).andExpect(status().isFound());
        String mailed = mailedLink(throwaway, id);
        String joinLink = (String) mvc.perform(
                        post("/initiatives/" + id + "/join-link").with(csrf()).with(as(Demo.TEACHER)))
                .andReturn()
                .getFlashMap()
                .get("newLink");
        var m = JOIN_LINK.matcher(joinLink);
        assertThat(m.find()).isTrue();

        for (String link : java.util.List.of(mailed, m.group(0))) {
            assertThat(body(post(link).with(csrf()).with(as(throwaway)), 422))
                    .contains("id=\"resend-confirmation\"", "action=\"/verify/resend\"");
            assertThat(members(id, throwaway)).as("joined through " + link).isZero();
        }
        // A join request too: the page when they may see the group, else the list, both saying why.
        var request = mvc.perform(
                        post("/initiatives/" + id + "/request").with(csrf()).with(as(throwaway)))
                .andReturn()
                .getResponse();
        assertThat(request.getStatus()).isIn(302, 422);
        if (request.getStatus() == 302) {
            assertThat(request.getRedirectedUrl()).isEqualTo("/initiatives");
        } else {
            assertThat(request.getContentAsString(StandardCharsets.UTF_8)).contains("id=\"resend-confirmation\"");
        }
        assertThat(count("SELECT COUNT(*) FROM initiative_join_request WHERE initiative_id = :id", id))
                .as("a join request from an unconfirmed address")
                .isZero();

        TestPeople.confirm(jdbc, throwaway);
        mvc.perform(post(mailed).with(csrf()).with(as(throwaway))).andExpect(status().isFound());
        assertThat(members(id, throwaway)).isEqualTo(1);
    }

    @Test
    void someoneWithoutAnAccountRegistersAndIsBroughtBackToTheInvitation() throws Exception {
        long id = group("Invitation for a newcomer");
        mvc.perform(invite(id, "brand.new@example.org")).andExpect(status().isFound());
        String link = mailedLink("brand.new@example.org", id);

        var first =
                mvc.perform(get(link)).andExpect(status().isFound()).andReturn().getResponse();
        assertThat(first.getRedirectedUrl()).contains("/login");
        var cookies = first.getCookies();
        var registered = mvc.perform(post("/register")
                        .cookie(cookies)
                        .with(csrf())
                        .param("name", "Brand New")
                        .param("email", "brand.new@example.org")
                        .param("password", "a long enough password")
                        .param("language", "it")
                        .param("acceptTerms", "true"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        // Registering signs nobody in (it answers alike for taken addresses); signing in brings the newcomer back.
        assertThat(registered.getRedirectedUrl()).isEqualTo("/login");
        var signedIn = mvc.perform(post("/login")
                        .cookie(cookies)
                        .with(csrf())
                        .param("email", "brand.new@example.org")
                        .param("password", "a long enough password"))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        assertThat(signedIn.getRedirectedUrl()).contains(link);
        var session = signedIn.getCookies().length > 0 ? signedIn.getCookies() : cookies;
        assertThat(body(get(link).cookie(session), 200)).contains("Invitation for a newcomer");
        // Joining counts only from a confirmed address (finding 6): the invitation waits, still valid.
        assertThat(body(post(link).cookie(session).with(csrf()), 422)).contains("id=\"resend-confirmation\"");
        assertThat(members(id, "brand.new@example.org")).isZero();
        TestPeople.confirm(jdbc, "brand.new@example.org");
        mvc.perform(post(link).cookie(session).with(csrf())).andExpect(status().isFound());
        assertThat(members(id, "brand.new@example.org")).isEqualTo(1);
    }

    @Test
    void anAccountIsMailedInItsLanguageSeesThePendingInvitationAndMayJoinFromThePage() throws Exception {
        long id = group("Invitation to an account");
        jdbc.sql("UPDATE app_user SET language = 'en' WHERE email = :e")
                .param("e", People.OTHER_CITIZEN)
                .update();
        try {
            // The facilitator's page is Italian; the account speaks English.
            mvc.perform(invite(id, People.OTHER_CITIZEN.toUpperCase(java.util.Locale.ROOT)))
                    .andExpect(status().isFound());
            assertThat(lastMailTo(People.OTHER_CITIZEN)).startsWith("Invitation to join");
            mvc.perform(invite(id, Demo.PARENT)).andExpect(status().isFound());
            assertThat(lastMailTo(Demo.PARENT)).startsWith("Invito a partecipare");
        } finally {
            jdbc.sql("UPDATE app_user SET language = 'it' WHERE email = :e")
                    .param("e", People.OTHER_CITIZEN)
                    .update();
        }
        String link = mailedLink(People.OTHER_CITIZEN, id);

        // Invited accounts see the initiative with the invitation and a Join button.
        String page = body(get("/initiatives/" + id).with(as(People.OTHER_CITIZEN)), 200);
        assertThat(page).contains("Sei stato invitato", "/initiatives/" + id + "/join");
        mvc.perform(get("/initiatives/" + id).with(as(Demo.VOLUNTEER))).andExpect(status().isNotFound());

        mvc.perform(post("/initiatives/" + id + "/join").with(csrf()).with(as(People.OTHER_CITIZEN)))
                .andExpect(status().isFound());
        assertThat(members(id, People.OTHER_CITIZEN)).isEqualTo(1);
        // Joined from the page: the mailed link is used up and admits nobody else.
        assertThat(body(get(link).with(as(Demo.VOLUNTEER)), 410)).contains("già stato usato");
        assertThat(members(id, Demo.VOLUNTEER)).isZero();

        // An existing member is not invited again.
        assertThat(body(invite(id, People.OTHER_CITIZEN), 422))
                .contains("Fai già parte")
                .contains("aria-describedby=\"email-hint email-error\"");
    }

    @Test
    void invitingAgainRefreshesTheInvitationAndWithdrawingVoidsIt() throws Exception {
        long id = group("Invitation refreshed");
        mvc.perform(invite(id, "twice@example.org")).andExpect(status().isFound());
        String first = mailedLink("twice@example.org", id);
        mvc.perform(invite(id, "TWICE@example.org")).andExpect(status().isFound());
        String second = mailedLink("twice@example.org", id);
        assertThat(second).isNotEqualTo(first);
        assertThat(mails("twice@example.org")).isEqualTo(2);
        assertThat(count(
                        "SELECT COUNT(*) FROM initiative_mail_invitation WHERE initiative_id = :id AND pending = 'Y'",
                        id))
                .isEqualTo(1);
        assertThat(body(get(first).with(as(Demo.VOLUNTEER)), 404)).contains("non è valido");
        mvc.perform(get(second).with(as(Demo.VOLUNTEER))).andExpect(status().isOk());

        long invitation = count("SELECT id FROM initiative_mail_invitation WHERE initiative_id = :id", id);
        // Only facilitators withdraw; a member is refused, a stranger does not learn the initiative exists.
        mvc.perform(post("/initiatives/" + id + "/invitations/" + invitation + "/withdraw")
                        .with(csrf())
                        .with(as(Demo.VOLUNTEER)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/initiatives/" + id + "/invitations/" + invitation + "/withdraw")
                        .with(csrf())
                        .with(as(Demo.TEACHER)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "invitation.withdrawn.done"));
        assertThat(body(get(second).with(as(Demo.VOLUNTEER)), 410)).contains("ritirato");
        assertThat(body(post(second).with(csrf()).with(as(Demo.VOLUNTEER)), 410))
                .contains("ritirato");
        assertThat(members(id, Demo.VOLUNTEER)).isZero();
        mvc.perform(post("/initiatives/" + id + "/invitations/" + invitation + "/withdraw")
                        .with(csrf())
                        .with(as(Demo.TEACHER)))
                .andExpect(status().isNotFound());
        assertThat(body(get("/initiatives/" + id + "/invitations").with(as(Demo.TEACHER)), 200))
                .doesNotContain("twice@example.org");
    }

    @Test
    void withdrawingAnAccountsInvitationHidesTheInitiativeAgain() throws Exception {
        long id = group("Invitation withdrawn from an account");
        mvc.perform(invite(id, Demo.VOLUNTEER)).andExpect(status().isFound());
        mvc.perform(get("/initiatives/" + id).with(as(Demo.VOLUNTEER))).andExpect(status().isOk());
        long invitation = count("SELECT id FROM initiative_mail_invitation WHERE initiative_id = :id", id);
        mvc.perform(post("/initiatives/" + id + "/invitations/" + invitation + "/withdraw")
                        .with(csrf())
                        .with(as(Demo.TEACHER)))
                .andExpect(status().isFound());
        mvc.perform(get("/initiatives/" + id).with(as(Demo.VOLUNTEER))).andExpect(status().isNotFound());
        mvc.perform(post("/initiatives/" + id + "/join").with(csrf()).with(as(Demo.VOLUNTEER)))
                .andExpect(status().isNotFound());
        assertThat(members(id, Demo.VOLUNTEER)).isZero();
    }

    @Test
    void expiredForgedAndOtherInitiativesTokensAdmitNobody() throws Exception {
        long id = group("Invitation expired");
        long other = group("Another group");
        mvc.perform(invite(id, "late@example.org")).andExpect(status().isFound());
        String link = mailedLink("late@example.org", id);
        String token = link.substring(link.lastIndexOf('/') + 1);
        jdbc.sql("""
                UPDATE initiative_mail_invitation SET invited_at = invited_at - INTERVAL '30' DAY,
                    expires_at = expires_at - INTERVAL '15' DAY
                WHERE initiative_id = :id
                """).param("id", id).update();

        assertThat(body(get(link).with(as(Demo.VOLUNTEER)), 410)).contains("scaduto");
        assertThat(body(post(link).with(csrf()).with(as(Demo.VOLUNTEER)), 410)).contains("scaduto");
        assertThat(members(id, Demo.VOLUNTEER)).isZero();
        assertThat(body(get("/initiatives/" + id + "/invitations").with(as(Demo.TEACHER)), 200))
                .contains("late@example.org", "scaduto");

        String forged = "A".repeat(43);
        for (String path : java.util.List.of(
                "/initiatives/" + id + "/invitations/" + forged,
                "/initiatives/" + other + "/invitations/" + token,
                "/initiatives/" + id + "/invitations/x",
                "/initiatives/" + id + "/join/" + forged,
                "/initiatives/" + id + "/join/" + token,
                "/initiatives/987654321/invitations/" + token)) {
            assertThat(body(get(path).with(as(Demo.VOLUNTEER)), 404)).as(path).contains("non è valido");
            mvc.perform(post(path).with(csrf()).with(as(Demo.VOLUNTEER))).andExpect(status().isNotFound());
        }
        assertThat(members(id, Demo.VOLUNTEER) + members(other, Demo.VOLUNTEER)).isZero();
    }

    @Test
    void badAddressesAreRefusedOnTheFormAndNothingIsStored() throws Exception {
        long id = group("Invitation with bad addresses");
        long before =
                jdbc.sql("SELECT COUNT(*) FROM dev_mail").query(Long.class).single();
        for (String bad : java.util.List.of(
                "",
                "   ",
                "not-an-email",
                "two@@example.org",
                "a b@example.org",
                "x@" + "y".repeat(260) + ".org",
                "<script>alert(1)</script>@example.org")) {
            String page = body(invite(id, bad), 422);
            assertThat(page)
                    .as(bad)
                    .contains("id=\"email-error\"")
                    .containsAnyOf("Scrivi un indirizzo email come", "Scrivi un indirizzo email.")
                    .doesNotContain("<script>alert(1)</script>");
        }
        assertThat(body(invite(id, "not-an-email"), 422)).contains("value=\"not-an-email\"");
        assertThat(count("SELECT COUNT(*) FROM initiative_mail_invitation WHERE initiative_id = :id", id))
                .isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM dev_mail").query(Long.class).single())
                .isEqualTo(before);
    }

    @Test
    void individualInitiativesTakeNoInvitationsAndCollectiveOnesNeedNone() throws Exception {
        long plan = create("A plan without invitations", "individual", Demo.SOCIAL_WORKER);
        for (var request : java.util.List.of(
                get("/initiatives/" + plan + "/invitations"),
                post("/initiatives/" + plan + "/invitations").param("email", "x@example.org"),
                post("/initiatives/" + plan + "/join-link"),
                post("/initiatives/" + plan + "/join-link/delete"))) {
            mvc.perform(request.with(csrf()).with(as(Demo.SOCIAL_WORKER))).andExpect(status().isNotFound());
        }

        long open = create("An open collective", "collective", Demo.PARKS_OFFICER);
        assertThat(body(get("/initiatives/" + open + "/invitations").with(as(Demo.PARKS_OFFICER)), 200))
                .contains("Le iniziative collettive sono aperte")
                .doesNotContain("/join-link\"");
        assertThat(body(
                        post("/initiatives/" + open + "/invitations")
                                .with(csrf())
                                .with(as(Demo.PARKS_OFFICER))
                                .param("email", "x@example.org"),
                        422))
                .contains("Le iniziative collettive sono aperte");
        assertThat(body(post("/initiatives/" + open + "/join-link").with(csrf()).with(as(Demo.PARKS_OFFICER)), 422))
                .contains("Le iniziative collettive sono aperte");
        assertThat(count("SELECT COUNT(*) FROM initiative_mail_invitation WHERE initiative_id = :id", open)
                        + count("SELECT COUNT(*) FROM initiative_join_link WHERE initiative_id = :id", open)
                        + count("SELECT COUNT(*) FROM initiative_mail_invitation WHERE initiative_id = :id", plan))
                .isZero();
        assertThat(mails("x@example.org")).isZero();
    }

    @Test
    void onlyFacilitatorsInviteOrMakeLinks() throws Exception {
        long id = group("Invitation by facilitators only");
        mvc.perform(invite(id, Demo.VOLUNTEER)).andExpect(status().isFound());
        mvc.perform(post(mailedLink(Demo.VOLUNTEER, id)).with(csrf()).with(as(Demo.VOLUNTEER)))
                .andExpect(status().isFound());
        // A member sees the initiative but may not invite (403); a stranger does not learn it exists (404).
        for (var who : java.util.List.of(Demo.VOLUNTEER, People.OTHER_CITIZEN, People.OTHER_PRO)) {
            int expected = who.equals(Demo.VOLUNTEER) ? 403 : 404;
            mvc.perform(post("/initiatives/" + id + "/invitations")
                            .with(csrf())
                            .with(as(who))
                            .param("email", "someone@example.org"))
                    .andExpect(status().is(expected));
            mvc.perform(post("/initiatives/" + id + "/join-link").with(csrf()).with(as(who)))
                    .andExpect(status().is(expected));
            mvc.perform(get("/initiatives/" + id + "/invitations").with(as(who)))
                    .andExpect(status().is(expected));
        }
        assertThat(mails("someone@example.org")).isZero();
        assertThat(count("SELECT COUNT(*) FROM initiative_join_link WHERE initiative_id = :id", id))
                .isZero();
    }

    @Test
    void theJoinLinkAdmitsAnyoneUntilRegeneratedSwitchedOffOrExpired() throws Exception {
        long id = group("Invitation by link");
        mvc.perform(post("/initiatives/" + id + "/join-link").with(csrf()).with(as(Demo.TEACHER)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("newLink", Matchers.containsString("/initiatives/" + id + "/join/")));
        String newLink = (String) mvc.perform(
                        post("/initiatives/" + id + "/join-link").with(csrf()).with(as(Demo.TEACHER)))
                .andReturn()
                .getFlashMap()
                .get("newLink");
        var m = JOIN_LINK.matcher(newLink);
        assertThat(m.find()).isTrue();
        String link;
        assertThat(count("SELECT COUNT(*) FROM initiative_join_link WHERE initiative_id = :id", id))
                .isEqualTo(1);
        // The page shows the link once, right after it was made (the flash attribute travels in the session).
        var made = mvc.perform(
                        post("/initiatives/" + id + "/join-link").with(csrf()).with(as(Demo.TEACHER)))
                .andExpect(status().isFound())
                .andReturn()
                .getResponse();
        newLink = (String) mvc.perform(get("/initiatives/" + id + "/invitations")
                        .with(as(Demo.TEACHER))
                        .cookie(made.getCookies()))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("for=\"new-link\"")))
                .andReturn()
                .getModelAndView()
                .getModel()
                .get("newLink");
        assertThat(newLink).isNotNull();
        m = JOIN_LINK.matcher(newLink);
        assertThat(m.find()).isTrue();
        link = m.group(0);
        assertThat(body(
                        get("/initiatives/" + id + "/invitations")
                                .with(as(Demo.TEACHER))
                                .cookie(made.getCookies()),
                        200))
                .doesNotContain(newLink);
        assertThat(body(get("/initiatives/" + id + "/invitations").with(as(Demo.TEACHER)), 200))
                .doesNotContain(newLink)
                .contains("/join-link/delete");

        assertThat(body(get(link).with(as(Demo.VOLUNTEER)), 200)).contains("Invitation by link");
        assertThat(members(id, Demo.VOLUNTEER)).isZero();
        mvc.perform(post(link).with(csrf()).with(as(Demo.VOLUNTEER)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "join.joined"));
        // Joining twice counts once.
        mvc.perform(post(link).with(csrf()).with(as(Demo.VOLUNTEER)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "invitation.alreadyMember"));
        assertThat(members(id, Demo.VOLUNTEER)).isEqualTo(1);
        assertThat(body(get(link).with(as(Demo.VOLUNTEER)), 200)).contains("Fai già parte");
        mvc.perform(post(link).with(csrf()).with(as(People.OTHER_CITIZEN))).andExpect(status().isFound());
        assertThat(members(id, People.OTHER_CITIZEN)).isEqualTo(1);

        // A new link voids the old one.
        String regenerated = (String) mvc.perform(
                        post("/initiatives/" + id + "/join-link").with(csrf()).with(as(Demo.TEACHER)))
                .andReturn()
                .getFlashMap()
                .get("newLink");
        var r = JOIN_LINK.matcher(regenerated);
        assertThat(r.find()).isTrue();
        assertThat(body(post(link).with(csrf()).with(as(People.OTHER_PRO)), 404))
                .contains("non è valido");
        assertThat(members(id, People.OTHER_PRO)).isZero();

        // Expired.
        jdbc.sql("""
                UPDATE initiative_join_link SET created_at = created_at - INTERVAL '40' DAY,
                    expires_at = expires_at - INTERVAL '31' DAY WHERE initiative_id = :id
                """).param("id", id).update();
        assertThat(body(post(r.group(0)).with(csrf()).with(as(People.OTHER_PRO)), 410))
                .contains("scaduto");
        assertThat(members(id, People.OTHER_PRO)).isZero();

        // Switched off.
        String fresh = (String) mvc.perform(
                        post("/initiatives/" + id + "/join-link").with(csrf()).with(as(Demo.TEACHER)))
                .andReturn()
                .getFlashMap()
                .get("newLink");
        var f = JOIN_LINK.matcher(fresh);
        assertThat(f.find()).isTrue();
        mvc.perform(post("/initiatives/" + id + "/join-link/delete")
                        .with(csrf())
                        .with(as(Demo.TEACHER)))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "link.off"));
        assertThat(count("SELECT COUNT(*) FROM initiative_join_link WHERE initiative_id = :id", id))
                .isZero();
        assertThat(body(get(f.group(0)).with(as(People.OTHER_PRO)), 404)).contains("non è valido");
        mvc.perform(post(f.group(0)).with(csrf()).with(as(People.OTHER_PRO))).andExpect(status().isNotFound());
        assertThat(members(id, People.OTHER_PRO)).isZero();
        assertThat(members(id, Demo.VOLUNTEER)).isEqualTo(1);
    }

    @Test
    void joiningAtOnceFromManyTabsCountsOnce() throws Exception {
        long id = group("Invitation raced");
        String newLink = (String) mvc.perform(
                        post("/initiatives/" + id + "/join-link").with(csrf()).with(as(Demo.TEACHER)))
                .andReturn()
                .getFlashMap()
                .get("newLink");
        var m = JOIN_LINK.matcher(newLink);
        assertThat(m.find()).isTrue();
        mvc.perform(invite(id, "raced@example.org")).andExpect(status().isFound());
        String mailed = mailedLink("raced@example.org", id);

        // One person in many tabs with the join link; two people racing for one mailed invitation.
        var statuses = race(java.util.Collections.nCopies(8, new String[] {m.group(0), Demo.VOLUNTEER}));
        assertThat(statuses).containsOnly(302);
        assertThat(members(id, Demo.VOLUNTEER)).isEqualTo(1);

        var racers = new java.util.ArrayList<String[]>();
        for (int k = 0; k < 8; k++) {
            racers.add(new String[] {mailed, k % 2 == 0 ? People.OTHER_CITIZEN : People.OTHER_PRO});
        }
        statuses = race(racers);
        assertThat(statuses).containsOnly(302, 410).contains(410);
        assertThat(members(id, People.OTHER_CITIZEN) + members(id, People.OTHER_PRO))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM initiative_mail_invitation WHERE initiative_id = :id AND used_at IS NOT NULL",
                        id))
                .isEqualTo(1);
    }

    /** Sends each {path, person} join at the same time; returns the statuses (never an error). */
    private java.util.List<Integer> race(java.util.List<String[]> joins) throws Exception {
        var pool = java.util.concurrent.Executors.newFixedThreadPool(joins.size());
        var start = new java.util.concurrent.CountDownLatch(1);
        try {
            var futures = new java.util.ArrayList<java.util.concurrent.Future<Integer>>();
            for (String[] join : joins) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post(join[0]).with(csrf()).with(as(join[1])))
                            .andReturn()
                            .getResponse()
                            .getStatus();
                }));
            }
            start.countDown();
            var statuses = new java.util.ArrayList<Integer>();
            for (var f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theMemberFormInvitesGroupMembersByMailToo() throws Exception {
        long id = group("Invitation from the member form");
        mvc.perform(post("/initiatives/" + id + "/members")
                        .with(csrf())
                        .with(as(Demo.TEACHER))
                        .param("email", "no-account@example.org")
                        .param("role", "member"))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("notice", "member.invited"));
        String link = mailedLink("no-account@example.org", id);
        mvc.perform(get(link).with(as(Demo.VOLUNTEER))).andExpect(status().isOk());
        mvc.perform(post("/initiatives/" + id + "/members")
                        .with(csrf())
                        .with(as(Demo.TEACHER))
                        .param("email", "not-an-email")
                        .param("role", "member"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Scrivi un indirizzo email come")));
        // Other roles still need an account.
        mvc.perform(post("/initiatives/" + id + "/members")
                        .with(csrf())
                        .with(as(Demo.TEACHER))
                        .param("email", "no-account@example.org")
                        .param("role", "observer"))
                .andExpect(status().is(422))
                .andExpect(content().string(Matchers.containsString("Non c’è un account")));
    }
}
