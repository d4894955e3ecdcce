package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/** The residents register pages: who may upload, what bad lists say, and a citizen's claim from the profile. */
@WebTest
class ResidentsWebTest {
    static final String OTHER_PRO = "census.other.pro@example.org";
    static final String CLAIMER = "census.claimer@example.org";
    static final String SECOND = "census.second@example.org";

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

    long org;

    @BeforeEach
    void setUp() {
        org = organisations.findByName("Comune di Esempio").orElseThrow().id();
        long other = organisations
                .findByName("Comune Lontano")
                .map(Organisation::id)
                .orElseGet(() -> organisations.create("Comune Lontano"));
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", other);
        TestPeople.ensure(jdbc, CLAIMER, "citizen", null);
        TestPeople.ensure(jdbc, SECOND, "citizen", null);
    }

    private MockHttpServletResponse perform(AbstractMockHttpServletRequestBuilder<?> request, String who)
            throws Exception {
        request.header("Accept-Language", "en");
        if (who != null) {
            request.with(new Demo(users).as(who));
        }
        return mvc.perform(request).andReturn().getResponse();
    }

    private AbstractMockHttpServletRequestBuilder<?> upload(long organisation, byte[] content) {
        return multipart("/organisations/" + organisation + "/residents")
                .file(new MockMultipartFile("file", "census.csv", "text/csv", content))
                .with(csrf());
    }

    private static byte[] text(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "anonymous, login",
        Demo.CITIZEN + ", 404",
        Demo.PARENT + ", 404",
        Demo.VOLUNTEER + ", 404",
        OTHER_PRO + ", 404",
        Demo.PARKS_OFFICER + ", 200",
        Demo.SOCIAL_WORKER + ", 200",
        Demo.ADMIN + ", 200"
    })
    void onlyOfficersOfTheOrganisationAndAdminsSeeTheRegister(String who, String expected) throws Exception {
        String person = who.equals("anonymous") ? null : who;
        var page = perform(get("/organisations/" + org + "/residents"), person);
        var post = perform(upload(org, text("PERMISSION1\n")), person);
        if (expected.equals("login")) {
            assertThat(page.getStatus()).isEqualTo(302);
            assertThat(page.getRedirectedUrl()).endsWith("/login");
            assertThat(post.getStatus()).isEqualTo(302);
            assertThat(post.getRedirectedUrl()).endsWith("/login");
        } else if (expected.equals("404")) {
            assertThat(page.getStatus()).isEqualTo(404);
            assertThat(post.getStatus()).isEqualTo(404);
        } else {
            assertThat(page.getStatus()).isEqualTo(200);
            assertThat(page.getContentAsString()).contains("Residents register of Comune di Esempio");
            assertThat(post.getStatus()).isEqualTo(302);
        }
        assertThat(perform(get("/organisations/999999/residents"), Demo.ADMIN).getStatus())
                .isEqualTo(404);
    }

    @Test
    void badListsAreExplainedWithTheirLineAndNothingIsStored() throws Exception {
        long other = organisations.create("Comune Anagrafe Test");
        assertThat(perform(upload(other, text("GOOD1\nGOOD2\n")), Demo.ADMIN).getStatus())
                .isEqualTo(302);
        String[][] cases = {
            {"GOOD3\nBAD,TWO\n", "Line 2: The line has several columns"},
            {"", "The file holds no identifiers"},
            {"\n\n", "The file holds no identifiers"},
            {"OK\n<script>alert('x')</script>;x\n", "Line 2: The line has several columns"},
            {"OK\n" + "X".repeat(100) + "\n", "Line 2: This is not a valid identifier"},
        };
        for (String[] c : cases) {
            var response = perform(upload(other, text(c[0])), Demo.ADMIN);
            assertThat(response.getStatus()).isEqualTo(422);
            assertThat(response.getContentAsString()).contains(c[1]).doesNotContain("<script>alert");
        }
        var latin1 = perform(upload(other, "OK\nCITTÀ\n".getBytes(StandardCharsets.ISO_8859_1)), Demo.ADMIN);
        assertThat(latin1.getStatus()).isEqualTo(422);
        assertThat(latin1.getContentAsString()).contains("Line 2: The text is not valid UTF-8");
        var large = perform(upload(other, new byte[CensusCsv.MAX_BYTES + 10]), Demo.ADMIN);
        assertThat(large.getContentAsString()).contains("larger than 5 MB");
        var missing =
                perform(multipart("/organisations/" + other + "/residents").with(csrf()), Demo.ADMIN);
        assertThat(missing.getStatus()).isEqualTo(422);
        var notMultipart = perform(
                post("/organisations/" + other + "/residents").with(csrf()).param("file", "x"), Demo.ADMIN);
        assertThat(notMultipart.getStatus()).isLessThan(500);

        assertThat(residents.censusKey(other, "GOOD1")).isPresent();
        assertThat(residents.censusKey(other, "GOOD3")).isEmpty();
        assertThat(residents.census(other).orElseThrow().entries()).isEqualTo(2);
    }

    @Test
    void aCitizenClaimsResidenceFromTheProfile() throws Exception {
        perform(upload(org, text("PERMISSION1\nCLAIM-ME-1\n")), Demo.ADMIN);
        long claimer = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", CLAIMER)
                .query(Long.class)
                .single();
        assertThat(perform(get("/profile"), CLAIMER).getContentAsString())
                .contains("Prove residence")
                .contains("Comune di Esempio");

        var wrong = perform(
                post("/profile/residence")
                        .with(csrf())
                        .param("organisation", "" + org)
                        .param("identifier", "NOPE"),
                CLAIMER);
        assertThat(wrong.getStatus()).isEqualTo(422);
        assertThat(wrong.getContentAsString())
                .contains("not on the census list")
                .doesNotContain("NOPE");
        var badOrg = perform(
                post("/profile/residence")
                        .with(csrf())
                        .param("organisation", "x")
                        .param("identifier", "CLAIM-ME-1"),
                CLAIMER);
        assertThat(badOrg.getStatus()).isEqualTo(422);
        assertThat(badOrg.getContentAsString()).contains("Choose an organisation with a census list");

        var ok = perform(
                post("/profile/residence")
                        .with(csrf())
                        .param("organisation", "" + org)
                        .param("identifier", " claim-me-1 "),
                CLAIMER);
        assertThat(ok.getStatus()).isEqualTo(302);
        assertThat(residents.isVerifiedResident(claimer, org)).isTrue();
        assertThat(perform(get("/profile"), CLAIMER).getContentAsString()).contains("verified resident");

        var taken = perform(
                post("/profile/residence")
                        .with(csrf())
                        .param("organisation", "" + org)
                        .param("identifier", "CLAIM-ME-1"),
                SECOND);
        // Not "taken" (that told who is on the register, finding 13): received, and put before an officer.
        assertThat(taken.getStatus()).isEqualTo(302);
        assertThat(taken.getContentAsString()).doesNotContain("already verifies another account");
        assertThat(residents.isVerifiedResident(claimer, org)).isTrue();
        assertThat(perform(get("/organisations/" + org + "/residents"), Demo.SOCIAL_WORKER)
                        .getContentAsString())
                .contains("Contested claims")
                .contains(SECOND);
        assertThat(perform(post("/profile/residence").with(csrf()), null).getStatus())
                .isEqualTo(302);
    }
}
