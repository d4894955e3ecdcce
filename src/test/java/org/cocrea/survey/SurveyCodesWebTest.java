package org.cocrea.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.ballots.VotingCodes;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Answering a survey with a voting code of the initiative's budget, without an account (ADR 0033): the setting needs
 * issued codes; a holder answers, saves, resumes and changes their response with the code, which is never stored in
 * clear; a wrong, unknown or foreign code and a closed survey are refused with 422, the form kept and nothing stored;
 * results and exports count code responses like the others.
 */
@WebTest
class SurveyCodesWebTest {
    static final String CODE = "KMNPQ-23456";
    static final String OTHER_CODE = "KMNPQ-23457";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who)).header("Accept-Language", "en");
    }

    private static MockHttpServletRequestBuilder visitor(MockHttpServletRequestBuilder request) {
        return request.with(csrf()).header("Accept-Language", "en");
    }

    private String page(MockHttpServletRequestBuilder request, int status) throws Exception {
        return mvc.perform(request)
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long count(String sql, long instance) {
        return TestSurveys.count(jdbc, sql, instance);
    }

    /** What a refusal must leave as it was: responses, answers, code drafts. */
    private String state(long instance) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i) || '/'
                            || (SELECT COUNT(*) FROM survey_answer WHERE tool_instance_id = :i) || '/'
                            || (SELECT COALESCE(MAX(answers), '') FROM survey_code_draft WHERE tool_instance_id = :i)
                        """).param("i", instance).query(String.class).single();
    }

    /** An open public survey of one page: "Vai in bici?" (yes/no, required) and "Una parola?" (optional). */
    private long openSurvey(boolean anonymous, boolean codes) throws Exception {
        long id = TestSurveys.newInstance(jdbc, TestSurveys.COLLECTIVE);
        mvc.perform(as(post("/survey/" + id), Demo.PARKS_OFFICER)
                        .param("title", "Questionario con codici")
                        .param("intro", "Anche senza account")
                        .param("template", "")
                        .param("anonymous", anonymous ? "yes" : "")
                        .param("opensAt", TestSurveys.in(-1))
                        .param("closesAt", TestSurveys.in(24 * 7)))
                .andExpect(status().isFound());
        mvc.perform(as(post("/survey/" + id + "/questions"), Demo.PARKS_OFFICER)
                        .param("kind", "single")
                        .param("text", "Vai in bici?")
                        .param("required", "yes")
                        .param("options", "Sì\nNo"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/survey/" + id + "/questions"), Demo.PARKS_OFFICER)
                        .param("kind", "short")
                        .param("text", "Una parola?"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/survey/" + id + "/open"), Demo.PARKS_OFFICER)).andExpect(status().isFound());
        if (codes) {
            TestSurveys.issueCodes(jdbc, id, CODE, OTHER_CODE);
            mvc.perform(settings(id, anonymous, "yes")).andExpect(status().isFound());
        }
        return id;
    }

    private MockHttpServletRequestBuilder settings(long id, boolean anonymous, String codes) {
        return as(post("/survey/" + id + "/settings"), Demo.PARKS_OFFICER)
                .param("title", "Questionario con codici")
                .param("intro", "Anche senza account")
                .param("anonymous", anonymous ? "yes" : "")
                .param("opensAt", TestSurveys.in(-1))
                .param("closesAt", TestSurveys.in(24 * 7))
                .param("codes", codes);
    }

    private MockHttpServletRequestBuilder withCode(long id, String code, String go, String... fields) {
        var request = visitor(post("/survey/" + id + "/code")).param("code", code);
        if (go != null) {
            request = request.param("page", "0").param("go", go);
        }
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void theSettingNeedsTheInitiativesCodesAndIsOffByDefault() throws Exception {
        long id = openSurvey(true, false);
        assertThat(count("SELECT COUNT(*) FROM survey WHERE tool_instance_id = :i AND codes", id))
                .isZero();
        mvc.perform(get("/survey/" + id + "/code")).andExpect(status().isNotFound());
        assertThat(Jsoup.parse(page(visitor(get("/survey/" + id)), 200)).select("a[href$=/code]"))
                .isEmpty();
        var refused = Jsoup.parse(page(settings(id, true, "yes"), 422));
        assertThat(refused.select("#codes-error").text()).contains("no voting codes yet");
        assertThat(refused.select("#codes").attr("checked")).isNotNull();
        assertThat(count("SELECT COUNT(*) FROM survey WHERE tool_instance_id = :i AND codes", id))
                .isZero();

        TestSurveys.issueCodes(jdbc, id, CODE);
        mvc.perform(settings(id, true, "yes")).andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM survey WHERE tool_instance_id = :i AND codes", id))
                .isOne();
        var edit = Jsoup.parse(page(as(get("/survey/" + id + "/edit"), Demo.PARKS_OFFICER), 200));
        assertThat(edit.select("#codes").hasAttr("checked")).isTrue();
        assertThat(Jsoup.parse(page(visitor(get("/survey/" + id)), 200))
                        .select("a[href=/survey/" + id + "/code]")
                        .text())
                .isEqualTo("Answer with a voting code");
    }

    @Test
    void aCodeHolderAnswersSavesResumesAndChangesWithTheCode() throws Exception {
        long id = openSurvey(true, true);
        var items = TestSurveys.items(jdbc, id);
        String cycles = "q" + items.get(0);
        String word = "q" + items.get(1);
        assertThat(page(visitor(get("/survey/" + id + "/code")), 200)).contains("Voting code");

        // typed in lower case with spaces, as people do: the first page, with the code carried in the form
        var first = Jsoup.parse(page(withCode(id, " kmnpq 23456 ", null), 200));
        assertThat(first.select("form[action=/survey/" + id + "/code] input[name=code]")
                        .val())
                .isEqualTo(" kmnpq 23456 ");
        assertThat(first.select("input[name=" + cycles + "]")).hasSize(2);

        // save and resume: nothing submitted, the draft kept under the code's key
        var saved = Jsoup.parse(page(withCode(id, CODE, "save", cycles, "1", word, "ruote"), 200));
        assertThat(saved.text()).contains("Your answers are saved");
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", id))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM survey_code_draft WHERE tool_instance_id = :i", id))
                .isOne();
        var resumed = Jsoup.parse(page(withCode(id, CODE, null), 200));
        assertThat(resumed.select("input[name=" + cycles + "][value=1]").hasAttr("checked"))
                .isTrue();
        assertThat(resumed.select("input[name=" + word + "]").val()).isEqualTo("ruote");

        // a required question left out: refused, the typed fields and the code kept, nothing stored
        String before = state(id);
        var missing = Jsoup.parse(page(withCode(id, CODE, "submit", word, "vento"), 422));
        assertThat(missing.select("input[name=" + word + "]").val()).isEqualTo("vento");
        assertThat(missing.select("input[name=code]").val()).isEqualTo(CODE);
        assertThat(state(id)).isEqualTo(before);

        mvc.perform(withCode(id, CODE, "submit", cycles, "1", word, "ruote"))
                .andExpect(status().isFound())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl(
                        "/survey/" + id));
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", id))
                .isOne();
        assertThat(count(
                        "SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i AND person_id IS NULL"
                                + " AND code_key IS NOT NULL",
                        id))
                .isOne();
        // the code is nowhere in clear, nor under the budget's hash of it
        String budgetHash = VotingCodes.hash("KMNPQ23456");
        for (String sql : java.util.List.of(
                "SELECT code_key FROM survey_response WHERE tool_instance_id = :i",
                "SELECT code_key || answers FROM survey_code_draft WHERE tool_instance_id = :i")) {
            String stored = jdbc.sql(sql).param("i", id).query(String.class).single();
            assertThat(stored).doesNotContain("KMNPQ").doesNotContain("kmnpq").doesNotContain(budgetHash);
        }

        // changed with the same code before the close: still one response, the tallies follow
        var again = Jsoup.parse(page(withCode(id, CODE, null), 200));
        assertThat(again.text()).contains("change");
        assertThat(again.select("input[name=" + cycles + "][value=1]").hasAttr("checked"))
                .isTrue();
        mvc.perform(withCode(id, CODE, "submit", cycles, "2")).andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", id))
                .isOne();
        assertThat(count(
                        "SELECT COALESCE(SUM(answers), 0) FROM survey_tally WHERE tool_instance_id = :i"
                                + " AND tally_value = 2",
                        id))
                .isOne();
        assertThat(count(
                        "SELECT COALESCE(SUM(answers), 0) FROM survey_tally WHERE tool_instance_id = :i"
                                + " AND tally_value = 1",
                        id))
                .isZero();

        // another code is another respondent, and a signed-in member answers beside them
        mvc.perform(withCode(id, OTHER_CODE, "submit", cycles, "1")).andExpect(status().isFound());
        mvc.perform(as(post("/survey/" + id + "/answer"), Demo.CITIZEN)
                        .param("page", "0")
                        .param("go", "submit")
                        .param(cycles, "1"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", id))
                .isEqualTo(3);
        // two more code holders, so the anonymous survey reaches the five responses its results and export need
        TestSurveys.issueCodes(jdbc, id, "WXYZA-23456", "WXYZA-23457");
        mvc.perform(withCode(id, "WXYZA-23456", "submit", cycles, "2")).andExpect(status().isFound());
        mvc.perform(withCode(id, "WXYZA-23457", "submit", cycles, "2")).andExpect(status().isFound());
        var results = Jsoup.parse(page(as(get("/survey/" + id + "/results"), Demo.PARKS_OFFICER), 200));
        assertThat(results.text()).contains("Responses: 5");
        String csv = page(as(get("/survey/" + id + "/export.csv"), Demo.PARKS_OFFICER), 200);
        assertThat(csv.split("\r\n")).as("a header and five responses").hasSize(6);
    }

    @Test
    void wrongUnknownAndForeignCodesAreRefusedWithTheFormKept() throws Exception {
        long id = openSurvey(false, true);
        long other = openSurvey(false, false);
        TestSurveys.issueCodes(jdbc, other, "WXYZA-23456");
        String cycles = "q" + TestSurveys.items(jdbc, id).get(0);
        String before = state(id);

        var wrong = Jsoup.parse(page(withCode(id, "ABCDE-0OIL1", null), 422));
        assertThat(wrong.select("#code").val()).isEqualTo("ABCDE-0OIL1");
        assertThat(wrong.text()).contains("This is not a voting code");
        var unknown = Jsoup.parse(page(withCode(id, "ZZZZZ-99999", null), 422));
        assertThat(unknown.text()).contains("This code is not valid for this initiative");
        // a code of another initiative's budget
        var foreign = Jsoup.parse(page(withCode(id, "WXYZA-23456", null), 422));
        assertThat(foreign.text()).contains("This code is not valid for this initiative");
        // answers posted with a bad code go back to the code page, nothing stored
        var posted = Jsoup.parse(page(withCode(id, "ZZZZZ-99999", "submit", cycles, "1"), 422));
        assertThat(posted.select("#code").val()).isEqualTo("ZZZZZ-99999");
        page(withCode(id, "", null), 422);
        page(withCode(id, "x".repeat(500), "submit", cycles, "1"), 422);
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void aClosedSurveyRefusesCodes() throws Exception {
        long id = openSurvey(true, true);
        String cycles = "q" + TestSurveys.items(jdbc, id).get(0);
        mvc.perform(withCode(id, CODE, "save", cycles, "1")).andExpect(status().isOk());
        mvc.perform(as(post("/survey/" + id + "/close"), Demo.PARKS_OFFICER)).andExpect(status().isFound());
        String before = state(id);
        var start = Jsoup.parse(page(withCode(id, CODE, null), 422));
        assertThat(start.text()).contains("The survey is closed");
        assertThat(start.select("#code").val()).isEqualTo(CODE);
        var submit = Jsoup.parse(page(withCode(id, CODE, "submit", cycles, "1"), 422));
        assertThat(submit.text()).contains("The survey is closed");
        assertThat(state(id)).isEqualTo(before);
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", id))
                .isZero();
    }
}
