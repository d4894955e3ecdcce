package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.cocrea.platform.mail.DevMailbox;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Finding 13 of issue 11: claiming residence with an identifier someone already claimed answered "taken",
 * outside the five-failures-a-day limit, so a neighbour who worked out a codice fiscale learnt who is on the
 * register, and the first to claim an identifier kept it with nobody to appeal to.
 */
@WebTest
class Finding13ResidenceClaimRevealsRegisterTest {
    static final String OFFICER = "f13.officer@example.org";
    static final String OWNER = "f13.owner@example.org";
    static final String NEIGHBOUR = "f13.neighbour@example.org";
    static final String THIRD = "f13.third@example.org";
    private static final Pattern DECISION = Pattern.compile("/residents/contests/(\\d+)/confirm");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Residents residents;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    DevMailbox mailbox;

    private MockHttpServletResponse as(String who, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
        request.header("Accept-Language", "en").with(new Demo(users).as(who));
        return mvc.perform(request).andReturn().getResponse();
    }

    private MockHttpServletResponse claim(String who, long org, String identifier) throws Exception {
        return as(
                who,
                post("/profile/residence")
                        .with(csrf())
                        .param("organisation", "" + org)
                        .param("identifier", identifier));
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    @Test
    void finding13_aClaimOfAClaimedIdentifierRevealsNothingCountsAndGoesToAnOfficer() throws Exception {
        long org = organisations.create("Comune Finding Tredici");
        TestPeople.ensure(jdbc, OFFICER, "professional", org);
        TestPeople.ensure(jdbc, OWNER, "citizen", null);
        TestPeople.ensure(jdbc, NEIGHBOUR, "citizen", null);
        TestPeople.ensure(jdbc, THIRD, "citizen", null);
        var csv = "RSSMRA80A01H501U\nFREE-ONE\nFREE-TWO\n".getBytes(StandardCharsets.UTF_8);
        assertThat(as(
                                Demo.ADMIN,
                                multipart("/organisations/" + org + "/residents")
                                        .file(new MockMultipartFile("file", "census.csv", "text/csv", csv))
                                        .with(csrf()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(claim(OWNER, org, "RSSMRA80A01H501U").getStatus()).isEqualTo(302);
        int ownerMails = mailbox.to(OWNER).size();

        var contested = claim(NEIGHBOUR, org, "rssmra80a01h501u");
        assertThat(contested.getContentAsString())
                .as("the answer to a claim of an identifier someone holds")
                .doesNotContain("already verifies another account");
        assertThat(contested.getStatus()).isEqualTo(302);
        assertThat(as(NEIGHBOUR, get("/profile")).getContentAsString())
                .doesNotContain("verified resident")
                .doesNotContain("RSSMRA80A01H501U");
        assertThat(residents.isVerifiedResident(id(OWNER), org)).isTrue();
        assertThat(residents.isVerifiedResident(id(NEIGHBOUR), org)).isFalse();
        assertThat(mailbox.to(OWNER)).as("the earlier claimant is told").hasSize(ownerMails + 1);
        assertThat(mailbox.to(OWNER).get(0).body()).doesNotContain(NEIGHBOUR).doesNotContain("RSSMRA80A01H501U");

        // Contested claims count toward the five a day: after five, even a free identifier is refused today.
        for (int i = 0; i < 4; i++) {
            claim(NEIGHBOUR, org, "RSSMRA80A01H501U");
        }
        var afterFive = claim(NEIGHBOUR, org, "FREE-ONE");
        assertThat(afterFive.getStatus()).isEqualTo(422);
        assertThat(afterFive.getContentAsString()).contains("Too many");
        assertThat(residents.isVerifiedResident(id(NEIGHBOUR), org)).isFalse();

        // The officer of the organisation sees the contested claim, without the identifier, and decides it.
        String page = as(OFFICER, get("/organisations/" + org + "/residents")).getContentAsString();
        assertThat(page).contains("Contested claims").contains(NEIGHBOUR).doesNotContain("RSSMRA80A01H501U");
        var decision = DECISION.matcher(page);
        assertThat(decision.find()).isTrue();
        long contest = Long.parseLong(decision.group(1));
        String confirm = "/organisations/" + org + "/residents/contests/" + contest + "/confirm";
        assertThat(as(NEIGHBOUR, post(confirm).with(csrf())).getStatus())
                .as("a citizen may not decide")
                .isEqualTo(404);
        assertThat(as(Demo.PARKS_OFFICER, post(confirm).with(csrf())).getStatus())
                .as("an officer of another organisation may not decide")
                .isEqualTo(404);
        ownerMails = mailbox.to(OWNER).size();
        assertThat(as(OFFICER, post(confirm).with(csrf())).getStatus()).isEqualTo(302);
        assertThat(residents.isVerifiedResident(id(NEIGHBOUR), org)).isTrue();
        assertThat(residents.isVerifiedResident(id(OWNER), org)).isFalse();
        assertThat(mailbox.to(OWNER))
                .as("the earlier claimant is told the decision")
                .hasSize(ownerMails + 1);
        assertThat(as(OFFICER, post(confirm).with(csrf())).getStatus())
                .as("a decided claim is decided once")
                .isEqualTo(404);

        // A rejected contest leaves the verification where it was.
        assertThat(claim(THIRD, org, "RSSMRA80A01H501U").getStatus()).isEqualTo(302);
        var second = DECISION.matcher(
                as(Demo.ADMIN, get("/organisations/" + org + "/residents")).getContentAsString());
        assertThat(second.find()).isTrue();
        assertThat(as(
                                Demo.ADMIN,
                                post("/organisations/" + org + "/residents/contests/" + second.group(1) + "/reject")
                                        .with(csrf()))
                        .getStatus())
                .isEqualTo(302);
        assertThat(residents.isVerifiedResident(id(NEIGHBOUR), org)).isTrue();
        assertThat(residents.isVerifiedResident(id(THIRD), org)).isFalse();
        assertThat(as(Demo.ADMIN, get("/organisations/" + org + "/residents")).getContentAsString())
                .doesNotContain("/residents/contests/" + second.group(1) + "/confirm");
    }
}
