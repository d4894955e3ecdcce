package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Hostile values in every field of the settings, voting-code, codes, paper-ballot and import forms: never a 500, a
 * stack trace or an unescaped script, and no ballot counted from a tampered form.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetHostileInputTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final List<String> HOSTILE = List.of(
            SCRIPT,
            "\"><img src=x onerror=alert(1)>",
            "'; DROP TABLE budget_ballot; --",
            "x".repeat(100_000),
            "-1",
            "-9223372036854775809",
            "99999999999999999999999999",
            "0",
            "",
            "\u0000",
            "日本語 ñ € 🙂",
            "../../etc/passwd");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long draft;
    long open;
    long cumulative;
    String project;

    record Form(String who, String path, Map<String, String> valid) {
        @Override
        public String toString() {
            return path.replaceAll("\\d+", "N");
        }
    }

    @BeforeAll
    void setUp() throws Exception {
        draft = TestBudgets.newInstance(jdbc);
        open = jdbc.sql("SELECT b.tool_instance_id FROM budget b JOIN budget_project p ON p.budget_id = b.id "
                        + "WHERE p.title = 'Rastrelliere in dieci piazze'")
                .query(Long.class)
                .single();
        project = jdbc.sql("SELECT id FROM budget_project WHERE title = 'Rastrelliere in dieci piazze'")
                .query(String.class)
                .single();
        cumulative = TestBudgets.newInstance(jdbc);
        perform(post("/budget/" + cumulative + "/settings")
                .with(csrf())
                .param("amount", "1000")
                .param("currency", "EUR")
                .param("ballotType", "cumulative")
                .param("rule", "greedy")
                .param("points", "5")
                .param("pointsCap", "3"));
    }

    MockHttpServletResponse perform(
            org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder<?> r) throws Exception {
        return mvc.perform(r.with(new Demo(users).as(Demo.PARKS_OFFICER)))
                .andReturn()
                .getResponse();
    }

    static Map<String, String> fields(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    List<Form> forms() {
        return List.of(
                new Form(
                        Demo.PARKS_OFFICER,
                        "/budget/" + draft + "/settings",
                        fields(
                                "amount", "1000",
                                "currency", "EUR",
                                "ballotType", "knapsack",
                                "rule", "mes",
                                "eligibility", "residents",
                                "minShare", "20",
                                "points", "",
                                "pointsCap", "")),
                new Form(
                        Demo.PARKS_OFFICER,
                        "/budget/" + cumulative + "/settings",
                        fields(
                                "amount", "1000",
                                "currency", "EUR",
                                "ballotType", "cumulative",
                                "rule", "greedy",
                                "points", "5",
                                "pointsCap", "3")),
                new Form(null, "/budget/" + open + "/code", fields("code", "ABCDE-23456", "projects", project)),
                new Form(Demo.PARKS_OFFICER, "/budget/" + open + "/codes", fields("count", "0")),
                new Form(
                        Demo.PARKS_OFFICER,
                        "/budget/" + open + "/paper",
                        fields("identifier", "RSSMRA80A01H501U", "projects", project)));
    }

    Stream<Arguments> cases() {
        return forms().stream()
                .flatMap(form -> form.valid().keySet().stream()
                        .flatMap(field -> HOSTILE.stream().map(value -> Arguments.of(form, field, value))));
    }

    private static void assertSafe(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isLessThan(500);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(body).doesNotContain(SCRIPT).doesNotContain("<img src=x onerror");
    }

    private long ballots() {
        return jdbc.sql("SELECT COUNT(*) FROM budget_ballot").query(Long.class).single();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void hostileValueInOneField(Form form, String field, String value) throws Exception {
        long before = ballots();
        var request = post(form.path()).with(csrf());
        if (form.who() != null) {
            request.with(new Demo(users).as(form.who()));
        }
        form.valid().forEach((name, valid) -> request.param(name, name.equals(field) ? value : valid));
        // A count of zero codes, an unknown code and an identifier on no list are refused whatever else is sent.
        request.param("points-" + project, value.length() > 20 ? "1" : value);
        assertSafe(mvc.perform(request).andReturn().getResponse());
        assertThat(ballots()).isEqualTo(before);
    }

    @Test
    void hostileImportFiles() throws Exception {
        long before = jdbc.sql("SELECT COUNT(*) FROM budget_project")
                .query(Long.class)
                .single();
        for (String content : List.of(
                "",
                SCRIPT,
                "META\nkey;value\nbudget;" + SCRIPT + "\nPROJECTS\nproject_id;cost\nVOTES\nvoter_id;vote\n",
                "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\n\"p1;10\nVOTES\nvoter_id;vote\n",
                "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;-5\nVOTES\nvoter_id;vote\n",
                "META\nkey;value\nbudget;100\nvote_type;ordinal\nPROJECTS\nproject_id;cost\np1;5\nVOTES\nvoter_id;vote\n",
                "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;0.001\nVOTES\nvoter_id;vote\n",
                "META\nkey;value\nbudget;100\nPROJECTS\nproject_id;cost\np1;500\nVOTES\nvoter_id;vote\n")) {
            var response = perform(multipart("/budget/" + draft + "/import")
                    .file(new MockMultipartFile(
                            "file", SCRIPT + ".pb", "text/plain", content.getBytes(StandardCharsets.UTF_8)))
                    .param("settings", "true")
                    .with(csrf()));
            assertSafe(response);
            assertThat(response.getStatus()).isEqualTo(422);
        }
        var latin1 = perform(multipart("/budget/" + draft + "/import")
                .file(new MockMultipartFile(
                        "file",
                        "x.pb",
                        "text/plain",
                        "META\nkey;value\nbudget;10\nname;Città\n".getBytes(StandardCharsets.ISO_8859_1)))
                .with(csrf()));
        assertSafe(latin1);
        assertThat(latin1.getStatus()).isEqualTo(422);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_project")
                        .query(Long.class)
                        .single())
                .isEqualTo(before);
    }
}
