package org.cocrea.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
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
 * The survey pages and their refusals on surveys of their own: building from a template and by hand, skip logic
 * across pages, save and resume, the refusals (required skipped, hidden question answered, out-of-range scale, a
 * second response, a closed survey, 500 questions), hostile text escaped, anonymity read from the tables, results
 * with a cross-tabulation and the downloads. A refusal answers 422 and stores nothing; nothing answers 500.
 */
@WebTest
class SurveyWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    SurveyToDo toDo;

    @Autowired
    SurveyMeasures measures;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
    }

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder request, String who) {
        return request.with(csrf()).with(demo.as(who)).header("Accept-Language", "en");
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

    /** The state a refusal must leave as it was. */
    private String state(long instance) {
        return jdbc.sql("""
                        SELECT (SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i) || '/'
                            || (SELECT COUNT(*) FROM survey_answer WHERE tool_instance_id = :i) || '/'
                            || (SELECT COUNT(*) FROM survey_respondent WHERE tool_instance_id = :i) || '/'
                            || (SELECT COUNT(*) FROM survey_item WHERE tool_instance_id = :i) || '/'
                            || (SELECT COALESCE(MAX(answers), '') FROM survey_draft WHERE tool_instance_id = :i)
                        """).param("i", instance).query(String.class).single();
    }

    private MockHttpServletRequestBuilder create(long id, String template, boolean anonymous) {
        return as(post("/survey/" + id), Demo.TEACHER)
                .param("title", "Questionario di prova")
                .param("intro", "Per capire")
                .param("template", template)
                .param("anonymous", anonymous ? "yes" : "")
                .param("opensAt", TestSurveys.in(-1))
                .param("closesAt", TestSurveys.in(24 * 7));
    }

    private MockHttpServletRequestBuilder question(
            long id, String kind, String text, String options, String showIf, String values) {
        return as(post("/survey/" + id + "/questions"), Demo.TEACHER)
                .param("kind", kind)
                .param("text", text)
                .param("required", "yes")
                .param("options", options)
                .param("showIf", showIf)
                .param("showIfAnswers", values);
    }

    /**
     * Page 1: "Do you cycle?" (yes/no). Page 2, only for "yes": a 1-5 scale, required, and "why", only for 1 or 2.
     * Page 3: a short text. Returns the item ids in order.
     */
    private List<Long> built(long id, boolean anonymous) throws Exception {
        mvc.perform(create(id, "", anonymous)).andExpect(status().isFound());
        mvc.perform(question(id, "section", "La bici", "", "", "")).andExpect(status().isFound());
        mvc.perform(question(id, "single", "Vai in bici?", "Sì\nNo", "", "")).andExpect(status().isFound());
        long cycles = TestSurveys.items(jdbc, id).get(1);
        mvc.perform(question(id, "section", "Sicurezza", "", String.valueOf(cycles), "1"))
                .andExpect(status().isFound());
        mvc.perform(question(id, "scale5", "Quanto ti senti sicuro?", "", "", ""))
                .andExpect(status().isFound());
        long safe = TestSurveys.items(jdbc, id).get(3);
        mvc.perform(as(post("/survey/" + id + "/questions"), Demo.TEACHER)
                        .param("kind", "long")
                        .param("text", "Perché poco sicuro?")
                        .param("showIf", String.valueOf(safe))
                        .param("showIfAnswers", "1, 2"))
                .andExpect(status().isFound());
        mvc.perform(question(id, "section", "Altro", "", "", "")).andExpect(status().isFound());
        mvc.perform(as(post("/survey/" + id + "/questions"), Demo.TEACHER)
                        .param("kind", "short")
                        .param("text", "Una parola?"))
                .andExpect(status().isFound());
        mvc.perform(as(post("/survey/" + id + "/open"), Demo.TEACHER)).andExpect(status().isFound());
        return TestSurveys.items(jdbc, id);
    }

    private MockHttpServletRequestBuilder answer(long id, String who, int page, String go, String... fields) {
        var request = as(post("/survey/" + id + "/answer"), who)
                .param("page", String.valueOf(page))
                .param("go", go);
        for (int i = 0; i < fields.length; i += 2) {
            request = request.param(fields[i], fields[i + 1]);
        }
        return request;
    }

    @Test
    void aTemplateFillsTheSurveyAndTheEditorShowsIt() throws Exception {
        long id = TestSurveys.newInstance(jdbc, TestSurveys.GROUP);
        assertThat(page(as(get("/survey/" + id), Demo.TEACHER), 200)).contains("Create the survey");
        assertThat(page(as(get("/survey/" + id), Demo.PARENT), 200)).contains("There is no survey here yet");
        mvc.perform(create(id, "satisfaction", true)).andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM survey_item WHERE tool_instance_id = :i", id))
                .isEqualTo(6);
        String editor = page(as(get("/survey/" + id + "/edit"), Demo.TEACHER), 200);
        assertThat(editor)
                .contains("Overall, how satisfied are you with the service?")
                .contains("Shown only to those who answered")
                .contains("How likely are you to recommend");
        // SERVQUAL adds its five dimensions as sections with Likert matrices
        mvc.perform(as(post("/survey/" + id + "/template"), Demo.TEACHER).param("template", "servqual"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM survey_item WHERE tool_instance_id = :i AND kind = 'matrix'", id))
                .isEqualTo(6);
        assertThat(page(as(get("/survey/" + id + "/edit"), Demo.TEACHER), 200))
                .contains("Empathy: attention to each person");
        // a question's page, and a change refused: a condition naming a later question
        long first = TestSurveys.items(jdbc, id).get(0);
        long last = TestSurveys.items(jdbc, id).get(TestSurveys.items(jdbc, id).size() - 1);
        assertThat(page(as(get("/survey/" + id + "/questions/" + first), Demo.TEACHER), 200))
                .contains("Change a question");
        String before = state(id);
        page(
                as(post("/survey/" + id + "/questions/" + first), Demo.TEACHER)
                        .param("kind", "scale5")
                        .param("text", "Nuovo testo")
                        .param("showIf", String.valueOf(last))
                        .param("showIfAnswers", "1"),
                422);
        assertThat(state(id)).isEqualTo(before);
        // moving the question others depend on below them is refused; moving it down past none is fine
        page(
                as(post("/survey/" + id + "/questions/" + first + "/move"), Demo.TEACHER)
                        .param("direction", "down"),
                422);
        assertThat(TestSurveys.items(jdbc, id).get(0)).isEqualTo(first);
        mvc.perform(as(post("/survey/" + id + "/questions/" + last + "/move"), Demo.TEACHER)
                        .param("direction", "up"))
                .andExpect(status().isFound());
        assertThat(TestSurveys.items(jdbc, id).get(TestSurveys.items(jdbc, id).size() - 2))
                .isEqualTo(last);
        mvc.perform(as(post("/survey/" + id + "/questions/" + last + "/delete"), Demo.TEACHER))
                .andExpect(status().isFound());
        assertThat(TestSurveys.items(jdbc, id)).doesNotContain(last);
    }

    @Test
    void fiveHundredQuestionsAreRefusedClearlyAndNothingIsAdded() throws Exception {
        long id = TestSurveys.newInstance(jdbc, TestSurveys.GROUP);
        mvc.perform(create(id, "", true)).andExpect(status().isFound());
        var lines = new StringBuilder();
        for (int i = 1; i <= 500; i++) {
            lines.append("Domanda ").append(i).append('\n');
        }
        String before = state(id);
        String refused = page(
                as(post("/survey/" + id + "/bulk"), Demo.TEACHER)
                        .param("kind", "short")
                        .param("lines", lines.toString()),
                422);
        assertThat(refused).contains("A survey holds at most 200 questions and sections: this would make 500.");
        assertThat(state(id)).isEqualTo(before);
        mvc.perform(as(post("/survey/" + id + "/bulk"), Demo.TEACHER)
                        .param("kind", "short")
                        .param("lines", lines.substring(0, lines.indexOf("Domanda 201"))))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM survey_item WHERE tool_instance_id = :i", id))
                .isEqualTo(200);
        page(question(id, "short", "La 201esima", "", "", ""), 422);
        assertThat(count("SELECT COUNT(*) FROM survey_item WHERE tool_instance_id = :i", id))
                .isEqualTo(200);
    }

    @Test
    void aParentAnswersPageByPageWithSkipLogicLeavesAndResumesAndStaysAnonymous() throws Exception {
        long id = TestSurveys.newInstance(jdbc, TestSurveys.GROUP);
        var items = built(id, true);
        String cycles = "q" + items.get(1);
        String safe = "q" + items.get(3);
        String why = "q" + items.get(4);
        String word = "q" + items.get(6);
        // until "yes" is answered the safety page is not counted
        assertThat(page(as(get("/survey/" + id + "/answer"), Demo.PARENT), 200))
                .contains("Vai in bici?")
                .contains("Page 1 of 2");
        // required skipped: refused, nothing stored
        String before = state(id);
        assertThat(page(answer(id, Demo.PARENT, 0, "next"), 422)).contains("This question needs an answer.");
        assertThat(state(id)).isEqualTo(before);
        // "yes" leads to the safety page
        mvc.perform(answer(id, Demo.PARENT, 0, "next", cycles, "1"))
                .andExpect(status().isFound())
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("page=1"));
        // out-of-range scale, and "why" answered while the scale says 5: refused, draft unchanged
        before = state(id);
        assertThat(page(answer(id, Demo.PARENT, 1, "next", safe, "7"), 422)).contains("Choose a value from 1 to 5.");
        assertThat(page(answer(id, Demo.PARENT, 1, "next", safe, "5", why, "Perché sì"), 422))
                .contains("leave it empty");
        assertThat(state(id)).isEqualTo(before);
        // save and finish later: the draft is kept, linked to the person until submission
        mvc.perform(answer(id, Demo.PARENT, 1, "save", safe, "2", why, "<script>alert('x')</script> Buche"))
                .andExpect(status().isFound());
        long parent = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.PARENT)
                .query(Long.class)
                .single();
        assertThat(count("SELECT COUNT(*) FROM survey_draft WHERE tool_instance_id = :i AND person_id = " + parent, id))
                .isEqualTo(1);
        // resumed later: the survey page offers to continue, the page shows what was saved
        assertThat(page(as(get("/survey/" + id), Demo.PARENT), 200)).contains("Continue where you left off");
        assertThat(toDo.forPerson(parent)).anySatisfy(t -> assertThat(t.link()).isEqualTo("/survey/" + id + "/answer"));
        var resumed = Jsoup.parse(page(as(get("/survey/" + id + "/answer?page=1"), Demo.PARENT), 200));
        assertThat(resumed.select("input[name=" + safe + "][checked]").attr("value"))
                .isEqualTo("2");
        assertThat(resumed.select("textarea[name=" + why + "]").text()).contains("<script>alert('x')</script> Buche");
        mvc.perform(answer(id, Demo.PARENT, 1, "next", safe, "2", why, "<script>alert('x')</script> Buche"))
                .andExpect(status().isFound());
        mvc.perform(answer(id, Demo.PARENT, 2, "submit", word, "=1+1")).andExpect(status().isFound());
        // anonymous: the response has no person, the respondent row no response, the draft is gone
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", id))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i AND person_id IS NOT NULL",
                        id))
                .isZero();
        assertThat(count(
                        "SELECT COUNT(*) FROM survey_respondent WHERE tool_instance_id = :i AND person_id = " + parent,
                        id))
                .isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM survey_draft WHERE tool_instance_id = :i", id))
                .isZero();
        assertThat(count("SELECT COUNT(*) FROM survey_answer WHERE tool_instance_id = :i", id))
                .isEqualTo(4);
        assertThat(jdbc.sql(
                                "SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = 'survey_answer'")
                        .query(String.class)
                        .list())
                .map(String::toLowerCase)
                .doesNotContain("person_id");
        assertThat(toDo.forPerson(parent)).noneSatisfy(t -> assertThat(t.link()).contains("/survey/" + id + "/"));
        // a second response is refused, nothing stored
        before = state(id);
        assertThat(page(answer(id, Demo.PARENT, 0, "next", cycles, "2"), 422))
                .contains("you have answered this survey");
        assertThat(state(id)).isEqualTo(before);
        assertThat(page(as(get("/survey/" + id), Demo.PARENT), 200)).contains("can no longer be changed");
        // the teacher answers "no": the safety page is skipped, from page 1 straight to page 3
        mvc.perform(answer(id, Demo.TEACHER, 0, "next", cycles, "2"))
                .andExpect(r -> assertThat(r.getResponse().getRedirectedUrl()).endsWith("page=2"));
        // results: below five responses an anonymous survey shows nothing, and members wait for publication
        assertThat(page(as(get("/survey/" + id + "/results"), Demo.TEACHER), 200))
                .contains("at least 5 people");
        page(as(get("/survey/" + id + "/results"), Demo.PARENT), 403);
        mvc.perform(as(get("/survey/" + id + "/export.csv"), Demo.PARENT)).andExpect(status().isNotFound());
        String csv = page(as(get("/survey/" + id + "/export.csv"), Demo.TEACHER), 200);
        assertThat(csv).startsWith("\"response\",").doesNotContain("Buche");
        // closing: answers refused after it, nothing stored
        mvc.perform(as(post("/survey/" + id + "/close"), Demo.TEACHER)).andExpect(status().isFound());
        before = state(id);
        assertThat(page(answer(id, Demo.TEACHER, 2, "submit", word, "tardi"), 422))
                .contains("The survey is closed");
        assertThat(state(id)).isEqualTo(before);
    }

    @Test
    void aNamedResponseIsEditableUntilTheCloseAndResultsShowChartsTablesAndACrossTabulation() throws Exception {
        long id = TestSurveys.newInstance(jdbc, TestSurveys.GROUP);
        var items = built(id, false);
        String cycles = "q" + items.get(1);
        String safe = "q" + items.get(3);
        String why = "q" + items.get(4);
        String word = "q" + items.get(6);
        mvc.perform(answer(id, Demo.PARENT, 0, "next", cycles, "1")).andExpect(status().isFound());
        mvc.perform(answer(id, Demo.PARENT, 1, "next", safe, "1", why, "<b>Buche</b> & traffico"))
                .andExpect(status().isFound());
        mvc.perform(answer(id, Demo.PARENT, 2, "submit", word, "=HYPERLINK(\"x\")"))
                .andExpect(status().isFound());
        long parent = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.PARENT)
                .query(Long.class)
                .single();
        assertThat(count(
                        "SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i AND person_id = " + parent,
                        id))
                .isEqualTo(1);
        // changed before the close: the same response, new answers
        assertThat(page(as(get("/survey/" + id), Demo.PARENT), 200)).contains("Change your answers");
        mvc.perform(answer(id, Demo.PARENT, 0, "next", cycles, "1")).andExpect(status().isFound());
        mvc.perform(answer(id, Demo.PARENT, 1, "next", safe, "4")).andExpect(status().isFound());
        mvc.perform(answer(id, Demo.PARENT, 2, "submit", word, "=HYPERLINK(\"x\")"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", id))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM survey_answer WHERE tool_instance_id = :i AND value_text LIKE '%Buche%'",
                        id))
                .as("the answer to a question no longer shown is not kept")
                .isZero();
        mvc.perform(answer(id, Demo.TEACHER, 0, "next", cycles, "2")).andExpect(status().isFound());
        mvc.perform(answer(id, Demo.TEACHER, 2, "submit", word, "Bene")).andExpect(status().isFound());
        var results = Jsoup.parse(page(
                as(get("/survey/" + id + "/results?of=" + items.get(1) + "&by=" + items.get(3)), Demo.TEACHER), 200));
        assertThat(results.select("svg.bar-chart")).isNotEmpty();
        assertThat(results.select("table#cross caption").text())
                .contains("Vai in bici?")
                .contains("Quanto ti senti sicuro?");
        // named: no suppression; the "yes" row has the parent's 4
        assertThat(results.select("table#cross tbody tr").get(0).select("td").eachText())
                .containsExactly("0", "0", "0", "1", "0");
        assertThat(results.text()).contains("Mean: 4").contains("Bene");
        // members read the results once published
        page(as(get("/survey/" + id + "/results"), Demo.PARENT), 403);
        mvc.perform(as(post("/survey/" + id + "/publish"), Demo.TEACHER).param("published", "yes"))
                .andExpect(status().isFound());
        assertThat(page(as(get("/survey/" + id + "/results"), Demo.PARENT), 200))
                .contains("Vai in bici?");
        String csv = page(as(get("/survey/" + id + "/export.csv"), Demo.PARENT), 200);
        assertThat(csv).contains("\"'=HYPERLINK(\"\"x\"\")\"").contains("\"Sì\"");
        String json = page(as(get("/survey/" + id + "/export.json"), Demo.PARENT), 200);
        assertThat(json).contains("\"responses\":[{\"response\":1");
        // the measures for indicators: the scale's mean
        assertThat(measures.measures(
                        jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                                .param("i", id)
                                .query(Long.class)
                                .single(),
                        jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                                .param("e", Demo.TEACHER)
                                .query(Long.class)
                                .single(),
                        java.util.Locale.ENGLISH))
                .extracting(m -> m.key())
                .containsExactly("survey:mean:" + items.get(3));
        assertThat(measures.read("survey:mean:" + items.get(3)).orElseThrow().value())
                .isEqualByComparingTo("4");
    }

    @Test
    void theDemoSurveysShowTheirResults() throws Exception {
        long school = jdbc.sql("SELECT tool_instance_id FROM survey WHERE title = :t")
                .param("t", SurveyDemoData.SCHOOL_SURVEY)
                .query(Long.class)
                .single();
        assertThat(count("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i", school))
                .isEqualTo(40);
        var results = Jsoup.parse(page(as(get("/survey/" + school + "/results"), Demo.TEACHER), 200));
        assertThat(results.text()).contains("Net Promoter Score").contains("Responses: 40");
        assertThat(results.select("table#cross")).isNotEmpty();
        assertThat(page(as(get("/survey/" + school), Demo.PARENT), 200)).contains("Answer the survey");
        long routes = jdbc.sql("SELECT tool_instance_id FROM survey WHERE title = :t")
                .param("t", SurveyDemoData.ROUTES_SURVEY)
                .query(Long.class)
                .single();
        assertThat(page(get("/survey/" + routes + "/results").header("Accept-Language", "en"), 200))
                .contains("A point on the map");
    }
}
