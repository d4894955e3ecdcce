package org.cocrea.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Map;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The shared drafts' pages and refusals, on the demo's plan and on instances of their own: a document written
 * with a co-author and published, amendments proposed, supported, accepted and rejected, versions compared, the
 * PDF, and every refusal (hostile text, a 10 MB paragraph, a changed or deleted paragraph, a missing reason) with
 * nothing stored.
 */
@WebTest
class DraftsWebTest {
    static final String TEXT = """
            ## Prima

            Il primo paragrafo dice **questo**.

            Il secondo paragrafo.

            ## Seconda

            Il terzo paragrafo.
            """;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private Demo demo() {
        return new Demo(users);
    }

    private String page(MockHttpServletRequestBuilder request, String who, int status) throws Exception {
        if (who != null) {
            request = request.with(demo().as(who));
        }
        return mvc.perform(request.with(csrf()))
                .andExpect(status().is(status))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (int i = 0; i < params.length; i++) {
            spec = spec.param("p" + i, params[i]);
        }
        return spec.query(Long.class).single();
    }

    /** Everything stored about a document, to show that a refusal changed nothing. */
    private String state(long doc) {
        return jdbc.sql("""
                        SELECT d.status, d.working_text, d.edition, d.current_version,
                            (SELECT COUNT(*) FROM draft_amendment a WHERE a.document_id = d.id) AS amendments,
                            (SELECT COUNT(*) FROM draft_amendment a WHERE a.document_id = d.id AND a.status = 'open') AS open,
                            (SELECT COUNT(*) FROM draft_version v WHERE v.document_id = d.id) AS versions,
                            (SELECT COUNT(*) FROM draft_support s JOIN draft_amendment a ON a.id = s.amendment_id
                                WHERE a.document_id = d.id) AS supports,
                            (SELECT COUNT(*) FROM draft_text t JOIN draft_paragraph p ON p.id = t.paragraph_id
                                WHERE p.document_id = d.id) AS texts
                        FROM draft_document d WHERE d.id = :d
                        """).param("d", doc).query().listOfRows().toString();
    }

    private List<Map<String, Object>> items(long doc, int version) {
        return jdbc.sql("""
                        SELECT i.paragraph_id, i.text_id, t.body FROM draft_version_item i
                        JOIN draft_version v ON v.id = i.version_id JOIN draft_text t ON t.id = i.text_id
                        WHERE v.document_id = :d AND v.number = :n ORDER BY i.position
                        """).param("d", doc).param("n", version).query().listOfRows();
    }

    @Test
    void theDemoPlanHasTwoVersionsAndAnAcceptedARejectedAndAnOpenAmendment() throws Exception {
        long instance = TestDrafts.demoInstance(jdbc);
        long doc = jdbc.sql("SELECT id FROM draft_document WHERE tool_instance_id = :i AND title = :t")
                .param("i", instance)
                .param("t", DraftsDemoData.TITLE)
                .query(Long.class)
                .single();
        assertThat(jdbc.sql("SELECT status FROM draft_amendment WHERE document_id = :d ORDER BY id")
                        .param("d", doc)
                        .query(String.class)
                        .list())
                .containsExactly("accepted", "rejected", "open");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM draft_section WHERE document_id = :d")
                        .param("d", doc)
                        .query(Long.class)
                        .single())
                .isEqualTo(3);
        String list = page(get("/drafts/" + instance), Demo.PARENT, 200);
        assertThat(list).contains("Piano delle attività inclusive", DraftsDemoData.PARTY);
        assertThat(page(get("/drafts/" + instance), Demo.ADMIN, 404)).doesNotContain(DraftsDemoData.PARTY);
        String document = page(get("/drafts/" + instance + "/" + doc), Demo.PARENT, 200);
        assertThat(document).contains("luci soffuse", "Uscite e comunicazione", "/paragraphs/");
        String version = page(get("/drafts/" + instance + "/" + doc + "/versions/2"), Demo.TEACHER, 200);
        assertThat(version).contains("<ins>", "<del>", "luci soffuse");
        String rejected = page(
                get("/drafts/" + instance + "/" + doc + "/amendments/"
                        + jdbc.sql("SELECT id FROM draft_amendment WHERE document_id = :d AND status = 'rejected'")
                                .param("d", doc)
                                .query(Long.class)
                                .single()),
                Demo.PARENT,
                200);
        assertThat(rejected).contains("insegnante di sostegno");
        // Members only: the school's initiative is a group one.
        page(get("/drafts/" + instance + "/" + doc), Demo.CITIZEN, 404);
        page(get("/drafts/" + instance + "/" + doc), null, 404);
        // The parent was told about both decisions; the teacher's home lists the open amendment.
        assertThat(count(
                        "SELECT COUNT(*) FROM notification WHERE kind = 'draft-amendment' AND person_id = :p0",
                        TestDrafts.person(jdbc, Demo.PARENT)))
                .isGreaterThanOrEqualTo(2);
        assertThat(page(get("/"), Demo.TEACHER, 200)).contains("/drafts/" + instance);
        assertThat(page(get("/"), Demo.PARENT, 200)).doesNotContain("/drafts/" + instance + "\"");
    }

    @Test
    void aDocumentIsWrittenWithACoauthorPublishedAmendedAndVersioned() throws Exception {
        long instance = TestDrafts.newInstance(jdbc, TestDrafts.GROUP);
        String base = "/drafts/" + instance;
        // Only facilitators start documents, unless the settings say members may.
        page(get(base + "/new"), Demo.PARENT, 403);
        page(post(base + "/settings").param("membersStart", "true"), Demo.PARENT, 403);
        page(post(base + "/settings").param("membersStart", "true"), Demo.TEACHER, 302);
        page(get(base + "/new"), Demo.PARENT, 200);
        page(post(base + "/settings"), Demo.TEACHER, 302);
        page(get(base + "/new"), Demo.PARENT, 403);

        // Refused: no title, a 10 MB text; nothing stored.
        long before = count("SELECT COUNT(*) FROM draft_document");
        assertThat(page(post(base + "/new").param("title", "").param("text", TEXT), Demo.TEACHER, 422))
                .contains("Scrivi un titolo");
        assertThat(page(
                        post(base + "/new").param("title", "Huge").param("text", "x".repeat(10 * 1024 * 1024)),
                        Demo.TEACHER,
                        422))
                .contains("troppo lungo");
        assertThat(count("SELECT COUNT(*) FROM draft_document")).isEqualTo(before);

        page(
                post(base + "/new")
                        .param("title", "Piano <script>alert(1)</script>")
                        .param("text", TEXT),
                Demo.TEACHER,
                302);
        long doc = TestDrafts.lastDocument(jdbc, instance);
        String d = base + "/" + doc;
        String editing = page(get(d), Demo.TEACHER, 200);
        assertThat(editing).contains("Piano &lt;script&gt;").doesNotContain("<script>alert");
        // Being written: not for the other members yet.
        page(get(d), Demo.PARENT, 404);
        page(post(d + "/text").param("text", "x").param("edition", "1"), Demo.PARENT, 404);
        page(
                post(d + "/coauthors").param("person", String.valueOf(TestDrafts.person(jdbc, Demo.CITIZEN))),
                Demo.TEACHER,
                422);
        page(
                post(d + "/coauthors").param("person", String.valueOf(TestDrafts.person(jdbc, Demo.PARENT))),
                Demo.TEACHER,
                302);
        assertThat(page(get(d), Demo.PARENT, 200)).contains("Il terzo paragrafo");
        // The co-author saves; the author's form, made from the older edition, is refused and kept.
        page(
                post(d + "/text")
                        .param("text", TEXT + "\nAggiunta del genitore.")
                        .param("edition", "1"),
                Demo.PARENT,
                302);
        assertThat(page(
                        post(d + "/text")
                                .param("text", TEXT + "\nAltro <b>testo</b>")
                                .param("edition", "1"),
                        Demo.TEACHER,
                        422))
                .contains("Qualcun altro ha salvato", "Altro &lt;b&gt;testo&lt;/b&gt;");
        // Only the author manages co-authors; the co-author publishes.
        page(post(d + "/coauthors/" + TestDrafts.person(jdbc, Demo.PARENT) + "/remove"), Demo.PARENT, 403);
        page(post(d + "/publish"), Demo.PARENT, 302);
        assertThat(items(doc, 1)).hasSize(4);
        page(post(d + "/publish"), Demo.TEACHER, 422);
        page(post(d + "/text").param("text", "late").param("edition", "2"), Demo.TEACHER, 422);

        // A member proposes; hostile Markdown is stored as typed and shown escaped.
        var v1 = items(doc, 1);
        long first = (Long) v1.get(0).get("paragraph_id");
        long third = (Long) v1.get(2).get("paragraph_id");
        String amend = d + "/paragraphs/" + first + "/amend";
        assertThat(page(get(amend), Demo.PARENT, 200)).contains("Il primo paragrafo dice");
        String state = state(doc);
        assertThat(page(
                        post(amend)
                                .param("kind", "replace")
                                .param("body", "y".repeat(10 * 1024 * 1024))
                                .param("reason", "r")
                                .param("base", v1.get(0).get("text_id").toString()),
                        Demo.PARENT,
                        422))
                .contains("troppo lungo");
        page(
                post(amend)
                        .param("kind", "replace")
                        .param("body", "Nuovo")
                        .param("reason", "")
                        .param("base", v1.get(0).get("text_id").toString()),
                Demo.PARENT,
                422);
        page(
                post(amend)
                        .param("kind", "explode")
                        .param("body", "Nuovo")
                        .param("reason", "r")
                        .param("base", v1.get(0).get("text_id").toString()),
                Demo.PARENT,
                422);
        page(
                post(amend)
                        .param("kind", "replace")
                        .param("body", "Nuovo")
                        .param("reason", "r")
                        .param("base", "junk"),
                Demo.PARENT,
                422);
        page(post(d + "/paragraphs/999999999/amend").param("kind", "delete").param("reason", "r"), Demo.PARENT, 404);
        page(post(amend).param("kind", "replace").param("body", "Nuovo").param("reason", "r"), Demo.CITIZEN, 404);
        assertThat(state(doc)).isEqualTo(state);
        page(
                post(amend)
                        .param("kind", "replace")
                        .param("body", "Il primo paragrafo dice <img src=x onerror=alert(1)> **altro**.")
                        .param("reason", "<script>alert(2)</script>")
                        .param("base", v1.get(0).get("text_id").toString()),
                Demo.PARENT,
                302);
        long a1 = count("SELECT MAX(id) FROM draft_amendment WHERE document_id = :p0", doc);
        page(
                post(amend)
                        .param("kind", "delete")
                        .param("reason", "Superfluo")
                        .param("base", v1.get(0).get("text_id").toString()),
                Demo.PARENT,
                302);
        long a2 = count("SELECT MAX(id) FROM draft_amendment WHERE document_id = :p0", doc);
        String shown = page(get(d + "/amendments/" + a1), Demo.TEACHER, 200);
        assertThat(shown)
                .contains(
                        "&lt;img src=x onerror=alert(1)&gt;", "&lt;script&gt;alert(2)&lt;/script&gt;", "<ins>", "<del>")
                .doesNotContain("<img src=x", "<script>alert(2)");
        assertThat(page(get(d), Demo.PARENT, 200)).contains("&lt;img src=x onerror=alert(1)&gt;");

        // Supports: one per person; facilitators decide, with a reason.
        page(post(d + "/amendments/" + a1 + "/support"), Demo.PARENT, 302);
        page(post(d + "/amendments/" + a1 + "/support"), Demo.PARENT, 302);
        assertThat(count("SELECT COUNT(*) FROM draft_support WHERE amendment_id = :p0", a1))
                .isEqualTo(1);
        page(
                post(d + "/amendments/" + a1 + "/decide")
                        .param("decision", "accept")
                        .param("reason", "ok"),
                Demo.PARENT,
                403);
        state = state(doc);
        page(
                post(d + "/amendments/" + a1 + "/decide")
                        .param("decision", "accept")
                        .param("reason", ""),
                Demo.TEACHER,
                422);
        page(
                post(d + "/amendments/" + a1 + "/decide")
                        .param("decision", "maybe")
                        .param("reason", "x"),
                Demo.TEACHER,
                422);
        assertThat(state(doc)).isEqualTo(state);
        mvc.perform(post(d + "/amendments/" + a1 + "/decide")
                        .param("decision", "accept")
                        .param("reason", "Meglio così")
                        .with(csrf())
                        .with(demo().as(Demo.TEACHER)))
                .andExpect(status().isFound())
                .andExpect(header().string("Location", d + "/versions/2"));
        assertThat(page(get(d + "/versions/2"), Demo.PARENT, 200))
                .contains("<del><span class=\"visually-hidden\">", "&lt;img src=x onerror=alert(1)&gt;");
        assertThat(page(get(d + "/compare?from=1&to=2"), Demo.PARENT, 200)).contains("<ins>");
        assertThat(page(get(d + "/compare?from=2&to=1"), Demo.PARENT, 200)).contains("<del>");
        page(get(d + "/compare?from=0&to=9"), Demo.PARENT, 422);
        page(get(d + "/compare?from=x"), Demo.PARENT, 422);
        page(get(d + "/versions/3"), Demo.PARENT, 404);
        assertThat(page(get(d + "/versions"), Demo.PARENT, 200)).contains("/versions/2", "/amendments/" + a1);

        // The second amendment to that paragraph was written against the old text: refused, naming the change.
        state = state(doc);
        assertThat(page(
                        post(d + "/amendments/" + a2 + "/decide")
                                .param("decision", "accept")
                                .param("reason", "ok"),
                        Demo.TEACHER,
                        422))
                .contains("versione 2", "#" + a1);
        assertThat(state(doc)).isEqualTo(state);
        assertThat(page(get(d + "/amendments/" + a2), Demo.TEACHER, 200)).contains("class=\"warning\"");
        // A form made from the old text is refused too, and shows the current text to start again from.
        assertThat(page(
                        post(amend)
                                .param("kind", "replace")
                                .param("body", "Vecchio")
                                .param("reason", "r")
                                .param("base", v1.get(0).get("text_id").toString()),
                        Demo.PARENT,
                        422))
                .contains("la versione 2", "altro");
        page(
                post(d + "/amendments/" + a2 + "/decide")
                        .param("decision", "reject")
                        .param("reason", "Superato"),
                Demo.TEACHER,
                302);
        page(post(d + "/amendments/" + a2 + "/support"), Demo.PARENT, 422);

        // A deleted paragraph cannot be amended: a clear message, nothing stored.
        page(
                post(d + "/paragraphs/" + third + "/amend")
                        .param("kind", "delete")
                        .param("reason", "via")
                        .param("base", v1.get(2).get("text_id").toString()),
                Demo.PARENT,
                302);
        long a3 = count("SELECT MAX(id) FROM draft_amendment WHERE document_id = :p0", doc);
        page(
                post(d + "/amendments/" + a3 + "/decide")
                        .param("decision", "accept")
                        .param("reason", "ok"),
                Demo.TEACHER,
                302);
        assertThat(items(doc, 3)).hasSize(3);
        state = state(doc);
        assertThat(page(get(d + "/paragraphs/" + third + "/amend"), Demo.PARENT, 422))
                .contains("versione 3");
        assertThat(page(
                        post(d + "/paragraphs/" + third + "/amend")
                                .param("kind", "delete")
                                .param("reason", "r")
                                .param("base", v1.get(2).get("text_id").toString()),
                        Demo.PARENT,
                        422))
                .contains("versione 3");
        assertThat(state(doc)).isEqualTo(state);

        // The PDF, then the final version: no more amendments.
        mvc.perform(get(d + "/document.pdf").with(demo().as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(content().contentType("application/pdf"))
                .andExpect(content().string(Matchers.startsWith("%PDF")));
        page(post(d + "/final"), Demo.PARENT, 403);
        page(post(d + "/final"), Demo.TEACHER, 302);
        assertThat(page(get(d), Demo.PARENT, 200)).contains("versione finale").doesNotContain("/amend\"");
        page(post(amend).param("kind", "delete").param("reason", "r").param("base", "0"), Demo.PARENT, 422);
        page(post(d + "/final"), Demo.TEACHER, 422);
        page(get(d + "/document.pdf"), Demo.CITIZEN, 404);
    }

    @Test
    void amendmentsArePagedTwentyAtATime() throws Exception {
        long instance = TestDrafts.newInstance(jdbc, TestDrafts.GROUP);
        page(post("/drafts/" + instance + "/new").param("title", "Paged").param("text", TEXT), Demo.TEACHER, 302);
        long doc = TestDrafts.lastDocument(jdbc, instance);
        String d = "/drafts/" + instance + "/" + doc;
        page(post(d + "/publish"), Demo.TEACHER, 302);
        var item = items(doc, 1).get(1);
        for (int i = 1; i <= 25; i++) {
            page(
                    post(d + "/paragraphs/" + item.get("paragraph_id") + "/amend")
                            .param("kind", "replace")
                            .param("body", "Versione numero " + i)
                            .param("reason", "r" + i)
                            .param("base", item.get("text_id").toString()),
                    Demo.PARENT,
                    302);
        }
        String first = page(get(d), Demo.PARENT, 200);
        assertThat(first).contains("numero 25", "rel=\"next\"").doesNotContain("numero 5<");
        String second = page(get(d + "?page=2&status=open"), Demo.PARENT, 200);
        assertThat(second).contains("numero 5", "rel=\"prev\"").doesNotContain("numero 25");
        page(get(d + "?page=-4&status=<x>"), Demo.PARENT, 200);
    }
}
