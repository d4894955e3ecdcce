package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every field of every proposals form with hostile values, missing and duplicated, and the wrong content type:
 * never a server error or a stack trace, never markup echoed unescaped, here or where the text is shown later.
 */
@WebTest
class IdeasHostileInputTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String HANDLER = "\"><img src=x onerror=alert(1)>";
    static final List<String> HOSTILE = List.of(
            SCRIPT,
            HANDLER,
            "'; DROP TABLE idea; --",
            "%' OR '1'='1",
            "x".repeat(1_000_000),
            "-1",
            "-9223372036854775809",
            "99999999999999999999999999",
            "1e999999999",
            "NaN",
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

    record Form(String who, String path, boolean multipart, Map<String, String> valid) {}

    static Map<String, String> fields(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    private AbstractMockHttpServletRequestBuilder<?> request(Form form) {
        AbstractMockHttpServletRequestBuilder<?> r = form.multipart() ? multipart(form.path()) : post(form.path());
        return r.with(csrf()).with(new Demo(users).as(form.who()));
    }

    private static void assertSafe(String what, MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).as(what).isLessThan(500);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(what).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(body).as(what).doesNotContain(SCRIPT).doesNotContain("<img src=x onerror");
    }

    @Test
    void hostileValuesMissingAndDuplicatedFieldsAndWrongContentTypes() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        long idea = TestIdeas.idea(jdbc, tool, "Bersaglio", "open", null);
        long comment = jdbc.sql("""
                INSERT INTO comment (initiative_id, tool_instance_id, target_kind, target_id, reply, author_id, body,
                    created_at)
                SELECT t.initiative_id, t.id, 'idea', :i, FALSE, NULL, 'Primo', CURRENT_TIMESTAMP
                FROM tool_instance t WHERE t.id = :t
                """).param("i", idea).param("t", tool).update();
        assertThat(comment).isEqualTo(1);
        long commentId = TestIdeas.count(jdbc, "SELECT MAX(id) FROM comment");
        String base = "/ideas/" + tool + "/" + idea;
        var forms = List.of(
                new Form(
                        Demo.CITIZEN,
                        "/ideas/" + tool,
                        true,
                        fields(
                                "title", "Panchine",
                                "body", "Più panchine",
                                "category", "verde",
                                "latitude", "44.5",
                                "longitude", "11.3",
                                "cost", "1500")),
                new Form(
                        Demo.VOLUNTEER,
                        "/comments/tool/" + tool + "/idea/" + idea,
                        false,
                        fields("body", "Sono d’accordo", "parent", String.valueOf(commentId), "back", base)),
                new Form(
                        Demo.PARKS_OFFICER,
                        base + "/answer",
                        false,
                        fields("status", "evaluating", "reason", "La valutiamo")),
                new Form(Demo.PARENT, base + "/report", false, fields("reason", "Fuori tema")),
                new Form(Demo.PARKS_OFFICER, base + "/moderate", false, fields("action", "restore")),
                new Form(Demo.VOLUNTEER, base + "/follow", false, fields("follow", "true")),
                new Form(
                        Demo.PARKS_OFFICER,
                        "/ideas/" + tool + "/settings",
                        false,
                        fields(
                                "categories", "verde\nmobilità",
                                "supportsPerPerson", "5",
                                "supportThreshold", "10",
                                "reportsToHide", "1000")));
        for (Form form : forms) {
            for (String field : form.valid().keySet()) {
                for (String value : HOSTILE) {
                    var r = request(form);
                    form.valid().forEach((name, valid) -> r.param(name, name.equals(field) ? value : valid));
                    assertSafe(
                            form.path() + " " + field,
                            mvc.perform(r).andReturn().getResponse());
                }
                var missing = request(form);
                form.valid().forEach((name, valid) -> {
                    if (!name.equals(field)) {
                        missing.param(name, valid);
                    }
                });
                assertSafe(
                        form.path() + " without " + field,
                        mvc.perform(missing).andReturn().getResponse());
                var duplicated = request(form);
                form.valid().forEach((name, valid) -> duplicated.param(name, valid, SCRIPT));
                assertSafe(
                        form.path() + " twice " + field,
                        mvc.perform(duplicated).andReturn().getResponse());
            }
            assertSafe(
                    form.path() + " json",
                    mvc.perform(request(form)
                                    .contentType(MediaType.APPLICATION_JSON)
                                    .content("{\"title\":\"x\"}"))
                            .andReturn()
                            .getResponse());
            byte[] invalidUtf8 = {'b', 'o', 'd', 'y', '=', (byte) 0xC3, (byte) 0x28, '&', 'x', '=', (byte) 0xFF};
            assertSafe(
                    form.path() + " bad utf-8",
                    mvc.perform(request(form)
                                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                    .content(invalidUtf8))
                            .andReturn()
                            .getResponse());
        }
        // Files with hostile names and contents.
        for (String name :
                List.of(SCRIPT + ".png", HANDLER, "../../../etc/passwd.png", "\u0000.png", "a".repeat(5000))) {
            var r = multipart("/ideas/" + tool)
                    .file(new MockMultipartFile("files", name, "image/png", IdeaRepositoryTest.PNG))
                    .file(new MockMultipartFile("files", name, SCRIPT, SCRIPT.getBytes(StandardCharsets.UTF_8)));
            r.param("title", "Con file").param("body", "Testo");
            assertSafe(
                    "file " + name.length(),
                    mvc.perform(r.with(csrf()).with(new Demo(users).as(Demo.CITIZEN)))
                            .andReturn()
                            .getResponse());
        }
        // Whatever was stored is shown escaped or sanitised.
        var ideas = jdbc.sql("SELECT id FROM idea WHERE tool_instance_id = ?")
                .param(tool)
                .query(Long.class)
                .list();
        assertThat(ideas).hasSizeGreaterThan(1);
        for (String who : List.of(Demo.PARKS_OFFICER, Demo.CITIZEN)) {
            var as = new Demo(users).as(who);
            assertSafe(
                    "list",
                    mvc.perform(get("/ideas/" + tool).with(as)).andReturn().getResponse());
            for (long id : ideas) {
                assertSafe(
                        "page " + id,
                        mvc.perform(get("/ideas/" + tool + "/" + id).with(as))
                                .andReturn()
                                .getResponse());
            }
        }
        assertThat(TestIdeas.count(
                        jdbc,
                        "SELECT COUNT(*) FROM idea_attachment a JOIN idea i ON i.id = a.idea_id "
                                + "WHERE i.tool_instance_id = ? AND a.file_name LIKE '%<%'",
                        tool))
                .as("stored names are plain")
                .isZero();
    }
}
