package org.cocrea.drafts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The draft_* tables (V18_2): settings, documents, co-authors, sections, paragraphs, versions, amendments. */
@Repository
class DraftRepository {
    private static final String DOCUMENT = """
            SELECT id, tool_instance_id, author_id, title, status, working_text, edition, current_version, created_at
            FROM draft_document
            """;
    private static final String AMENDMENT = """
            SELECT a.id, a.document_id, a.paragraph_id, a.base_text_id, a.base_version, a.kind, a.body, a.reason,
                a.author_id, a.status, a.decision_reason, a.decided_at, a.created_at, t.body AS base_body,
                (SELECT COUNT(*) FROM draft_support s WHERE s.amendment_id = a.id) AS supports,
                (SELECT COUNT(*) FROM draft_support s WHERE s.amendment_id = a.id AND s.person_id = :me) > 0
                    AS supported
            FROM draft_amendment a JOIN draft_text t ON t.id = a.base_text_id
            """;

    private final JdbcClient jdbc;

    DraftRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    boolean membersStart(long instance) {
        return jdbc.sql("SELECT members_start FROM draft_settings WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    void saveSettings(long instance, boolean membersStart) {
        int updated = jdbc.sql("UPDATE draft_settings SET members_start = :m WHERE tool_instance_id = :i")
                .param("i", instance)
                .param("m", membersStart)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO draft_settings (tool_instance_id, members_start) VALUES (:i, :m)")
                    .param("i", instance)
                    .param("m", membersStart)
                    .update();
        }
    }

    /** The instance's documents the person may see: published ones, and those they write (author or co-author). */
    List<Document> documents(long instance, Long personId) {
        return jdbc.sql(DOCUMENT + """
                WHERE tool_instance_id = :i AND (status <> 'editing' OR author_id = :me
                    OR id IN (SELECT document_id FROM draft_coauthor WHERE person_id = :me))
                ORDER BY created_at DESC, id DESC
                """)
                .param("i", instance)
                .param("me", personId == null ? -1L : personId)
                .query(Document.class)
                .list();
    }

    Optional<Document> document(long instance, long id) {
        return jdbc.sql(DOCUMENT + " WHERE id = :id AND tool_instance_id = :i")
                .param("id", id)
                .param("i", instance)
                .query(Document.class)
                .optional();
    }

    long create(long instance, long author, String title, String text) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO draft_document (tool_instance_id, author_id, title, status, working_text, edition,
                    current_version, created_at)
                VALUES (:i, :a, :t, 'editing', :x, 1, 0, :now)
                """)
                .param("i", instance)
                .param("a", author)
                .param("t", title)
                .param("x", text)
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Saves the working text only when it is still at {@code edition}; false when someone saved meanwhile. */
    boolean saveText(long document, int edition, String text) {
        return jdbc.sql("""
                        UPDATE draft_document SET working_text = :x, edition = edition + 1
                        WHERE id = :d AND edition = :e AND status = 'editing'
                        """)
                        .param("x", text)
                        .param("d", document)
                        .param("e", edition)
                        .update()
                == 1;
    }

    /** The co-authors, by id, in the order they were added. */
    List<Long> coauthors(long document) {
        return jdbc.sql("SELECT person_id FROM draft_coauthor WHERE document_id = :d ORDER BY person_id")
                .param("d", document)
                .query(Long.class)
                .list();
    }

    void addCoauthor(long document, long person) {
        jdbc.sql("""
                INSERT INTO draft_coauthor (document_id, person_id)
                SELECT :d, :p FROM draft_document
                WHERE id = :d AND NOT EXISTS (SELECT 1 FROM draft_coauthor WHERE document_id = :d AND person_id = :p)
                """).param("d", document).param("p", person).update();
    }

    void removeCoauthor(long document, long person) {
        jdbc.sql("DELETE FROM draft_coauthor WHERE document_id = :d AND person_id = :p")
                .param("d", document)
                .param("p", person)
                .update();
    }

    /** Editing → open with version 1 made of the outline; false when it was no longer being edited. */
    boolean publish(long document, Outline outline) {
        if (jdbc.sql("""
                        UPDATE draft_document SET status = 'open', current_version = 1
                        WHERE id = :d AND status = 'editing'
                        """).param("d", document).update() != 1) {
            return false;
        }
        long version = insertVersion(document, 1, null);
        int position = 0;
        int sectionPosition = 0;
        for (var section : outline.sections()) {
            long sectionId = insert(
                    "INSERT INTO draft_section (document_id, position, title) VALUES (:d, :p, :t)",
                    Map.of("d", document, "p", ++sectionPosition, "t", section.title()));
            for (String body : section.paragraphs()) {
                long paragraph = newParagraph(document);
                long text = newText(paragraph, body);
                insertItem(version, ++position, sectionId, paragraph, text);
            }
        }
        return true;
    }

    private long insert(String sql, Map<String, Object> params) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(keys, "id");
        return keys.getKey().longValue();
    }

    long newParagraph(long document) {
        return insert("INSERT INTO draft_paragraph (document_id) VALUES (:d)", Map.of("d", document));
    }

    long newText(long paragraph, String body) {
        return insert("INSERT INTO draft_text (paragraph_id, body) VALUES (:p, :b)", Map.of("p", paragraph, "b", body));
    }

    long insertVersion(long document, int number, Long amendment) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO draft_version (document_id, number, amendment_id, created_at)
                VALUES (:d, :n, :a, :now)
                """)
                .param("d", document)
                .param("n", number)
                .param("a", amendment)
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertItem(long version, int position, long section, long paragraph, long text) {
        jdbc.sql("""
                INSERT INTO draft_version_item (version_id, position, section_id, paragraph_id, text_id)
                VALUES (:v, :p, :s, :g, :t)
                """)
                .param("v", version)
                .param("p", position)
                .param("s", section)
                .param("g", paragraph)
                .param("t", text)
                .update();
    }

    /**
     * Writes version {@code next} as a copy of version {@code from} with one change: the paragraph's text
     * replaced, a paragraph added after it (positions after it moved down one), or the paragraph left out.
     */
    void copyWithChange(long fromVersion, long nextVersion, String kind, Item target, Long newParagraph, Long newText) {
        jdbc.sql("""
                INSERT INTO draft_version_item (version_id, position, section_id, paragraph_id, text_id)
                SELECT :next, CASE WHEN position > :pos AND :add THEN position + 1 ELSE position END,
                    section_id, paragraph_id,
                    CASE WHEN paragraph_id = :p AND :replace THEN :text ELSE text_id END
                FROM draft_version_item
                WHERE version_id = :from AND NOT (paragraph_id = :p AND :delete)
                """)
                .param("next", nextVersion)
                .param("from", fromVersion)
                .param("pos", target.position())
                .param("p", target.paragraphId())
                .param("add", Amendment.ADD.equals(kind))
                .param("replace", Amendment.REPLACE.equals(kind))
                .param("delete", Amendment.DELETE.equals(kind))
                .param("text", newText == null ? target.textId() : newText)
                .update();
        if (Amendment.ADD.equals(kind)) {
            insertItem(nextVersion, target.position() + 1, target.sectionId(), newParagraph, newText);
        }
    }

    /** The id of version {@code number} of the document. */
    Optional<Long> versionId(long document, int number) {
        return jdbc.sql("SELECT id FROM draft_version WHERE document_id = :d AND number = :n")
                .param("d", document)
                .param("n", number)
                .query(Long.class)
                .optional();
    }

    /** The paragraphs of version {@code number}, in order, with their section titles and texts: one statement. */
    List<Item> items(long document, int number) {
        return jdbc.sql("""
                SELECT i.position, i.section_id, s.title AS section, i.paragraph_id, i.text_id, t.body
                FROM draft_version v
                JOIN draft_version_item i ON i.version_id = v.id
                JOIN draft_section s ON s.id = i.section_id
                JOIN draft_text t ON t.id = i.text_id
                WHERE v.document_id = :d AND v.number = :n
                ORDER BY i.position
                """)
                .param("d", document)
                .param("n", number)
                .query(Item.class)
                .list();
    }

    /** The current item of one paragraph, if the current version still has it. */
    Optional<Item> currentItem(long document, int current, long paragraph) {
        return jdbc.sql("""
                SELECT i.position, i.section_id, s.title AS section, i.paragraph_id, i.text_id, t.body
                FROM draft_version v
                JOIN draft_version_item i ON i.version_id = v.id
                JOIN draft_section s ON s.id = i.section_id
                JOIN draft_text t ON t.id = i.text_id
                WHERE v.document_id = :d AND v.number = :n AND i.paragraph_id = :p
                """)
                .param("d", document)
                .param("n", current)
                .param("p", paragraph)
                .query(Item.class)
                .optional();
    }

    boolean paragraphOf(long document, long paragraph) {
        return jdbc.sql("SELECT COUNT(*) FROM draft_paragraph WHERE id = :p AND document_id = :d")
                        .param("p", paragraph)
                        .param("d", document)
                        .query(Long.class)
                        .single()
                > 0;
    }

    List<Version> versions(long document) {
        return jdbc.sql("""
                SELECT number, created_at, amendment_id FROM draft_version WHERE document_id = :d ORDER BY number DESC
                """).param("d", document).query(Version.class).list();
    }

    Optional<Version> version(long document, int number) {
        return jdbc.sql(
                        "SELECT number, created_at, amendment_id FROM draft_version WHERE document_id = :d AND number = :n")
                .param("d", document)
                .param("n", number)
                .query(Version.class)
                .optional();
    }

    /** The first version after {@code since} that changed or removed the paragraph, and the amendment that did. */
    record Change(int number, Long amendmentId) {}

    Optional<Change> firstChangeSince(long document, long paragraph, int since) {
        return jdbc.sql("""
                SELECT v.number, v.amendment_id FROM draft_version v JOIN draft_amendment a ON a.id = v.amendment_id
                WHERE v.document_id = :d AND v.number > :since AND a.paragraph_id = :p AND a.kind <> 'add'
                ORDER BY v.number LIMIT 1
                """)
                .param("d", document)
                .param("p", paragraph)
                .param("since", since)
                .query(Change.class)
                .optional();
    }

    /** The document of this instance that the amendment belongs to, if it is one of the instance's. */
    Optional<Long> documentOfAmendment(long instance, long amendment) {
        return jdbc.sql("""
                SELECT a.document_id FROM draft_amendment a JOIN draft_document d ON d.id = a.document_id
                WHERE a.id = :a AND d.tool_instance_id = :i
                """)
                .param("a", amendment)
                .param("i", instance)
                .query(Long.class)
                .optional();
    }

    /** Locks the document's row for a decision and reads its status and current version. */
    Optional<Document> lock(long document) {
        return jdbc.sql(DOCUMENT + " WHERE id = :id FOR UPDATE")
                .param("id", document)
                .query(Document.class)
                .optional();
    }

    void setCurrentVersion(long document, int number) {
        jdbc.sql("UPDATE draft_document SET current_version = :n WHERE id = :d")
                .param("n", number)
                .param("d", document)
                .update();
    }

    boolean makeFinal(long document) {
        return jdbc.sql("UPDATE draft_document SET status = 'final' WHERE id = :d AND status = 'open'")
                        .param("d", document)
                        .update()
                == 1;
    }

    long propose(long document, Item base, int baseVersion, String kind, String body, String reason, long author) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO draft_amendment (document_id, paragraph_id, base_text_id, base_version, kind, body,
                    reason, author_id, status, created_at)
                VALUES (:d, :p, :t, :v, :k, :b, :r, :a, 'open', :now)
                """)
                .param("d", document)
                .param("p", base.paragraphId())
                .param("t", base.textId())
                .param("v", baseVersion)
                .param("k", kind)
                .param("b", body)
                .param("r", reason)
                .param("a", author)
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<Amendment> amendment(long document, long id, Long me) {
        return jdbc.sql(AMENDMENT + " WHERE a.id = :id AND a.document_id = :d")
                .param("id", id)
                .param("d", document)
                .param("me", me == null ? -1L : me)
                .query(Amendment.class)
                .optional();
    }

    /**
     * One page of the document's amendments, open ones first, then newest first: the page's ids are chosen first,
     * so supports are counted for those rows only, however many amendments the document has.
     */
    List<Amendment> amendments(long document, Long me, String status, int offset, int limit) {
        return jdbc.sql("""
                SELECT a.id, a.document_id, a.paragraph_id, a.base_text_id, a.base_version, a.kind, a.body, a.reason,
                    a.author_id, a.status, a.decision_reason, a.decided_at, a.created_at, t.body AS base_body,
                    (SELECT COUNT(*) FROM draft_support s WHERE s.amendment_id = a.id) AS supports,
                    (SELECT COUNT(*) FROM draft_support s WHERE s.amendment_id = a.id AND s.person_id = :me) > 0
                        AS supported
                FROM (SELECT id FROM draft_amendment
                      WHERE document_id = :d AND (:status = '' OR status = :status)
                      ORDER BY CASE WHEN status = 'open' THEN 0 ELSE 1 END, created_at DESC, id DESC
                      LIMIT :limit OFFSET :offset) page
                JOIN draft_amendment a ON a.id = page.id
                JOIN draft_text t ON t.id = a.base_text_id
                ORDER BY CASE WHEN a.status = 'open' THEN 0 ELSE 1 END, a.created_at DESC, a.id DESC
                """)
                .param("d", document)
                .param("me", me == null ? -1L : me)
                .param("status", status)
                .param("limit", limit)
                .param("offset", offset)
                .query(Amendment.class)
                .list();
    }

    /** Open amendments per paragraph of the document, for the counts beside each paragraph. */
    Map<Long, Integer> openByParagraph(long document) {
        var result = new java.util.HashMap<Long, Integer>();
        jdbc.sql("""
                SELECT paragraph_id, COUNT(*) AS n FROM draft_amendment WHERE document_id = :d AND status = 'open'
                GROUP BY paragraph_id
                """)
                .param("d", document)
                .query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return result;
    }

    /** Decides an open amendment; false when it had been decided meanwhile. */
    boolean decide(long amendment, String status, String reason, long by) {
        return jdbc.sql("""
                        UPDATE draft_amendment SET status = :s, decision_reason = :r, decided_by = :b, decided_at = :now
                        WHERE id = :a AND status = 'open'
                        """)
                        .param("s", status)
                        .param("r", reason)
                        .param("b", by)
                        .param("now", now())
                        .param("a", amendment)
                        .update()
                == 1;
    }

    /** Adds a support under a lock on the amendment's row; false when the person had already supported it. */
    boolean support(long amendment, long person) {
        jdbc.sql("SELECT id FROM draft_amendment WHERE id = :a FOR UPDATE")
                .param("a", amendment)
                .query(Long.class)
                .optional();
        return jdbc.sql("""
                        INSERT INTO draft_support (amendment_id, person_id, supported_at)
                        SELECT id, :p, :now FROM draft_amendment
                        WHERE id = :a AND NOT EXISTS
                            (SELECT 1 FROM draft_support WHERE amendment_id = :a AND person_id = :p)
                        """)
                        .param("a", amendment)
                        .param("p", person)
                        .param("now", now())
                        .update()
                == 1;
    }

    void unsupport(long amendment, long person) {
        jdbc.sql("DELETE FROM draft_support WHERE amendment_id = :a AND person_id = :p")
                .param("a", amendment)
                .param("p", person)
                .update();
    }

    /** Open amendments of open documents per instance, for the facilitators' personal home: one statement. */
    Map<Long, Integer> waitingDecision(Collection<Long> instances) {
        var result = new java.util.LinkedHashMap<Long, Integer>();
        if (instances.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT d.tool_instance_id, COUNT(*) AS n FROM draft_amendment a
                JOIN draft_document d ON d.id = a.document_id
                WHERE d.tool_instance_id IN (:i) AND d.status = 'open' AND a.status = 'open'
                GROUP BY d.tool_instance_id ORDER BY d.tool_instance_id
                """)
                .param("i", instances)
                .query((rs, n) -> result.put(rs.getLong(1), rs.getInt(2)))
                .list();
        return result;
    }
}
