package org.cocrea;

import static org.cocrea.IntegrityConstraintsTest.insert;
import static org.cocrea.IntegrityConstraintsTest.once;
import static org.cocrea.IntegrityConstraintsTest.oncePk;
import static org.cocrea.IntegrityConstraintsTest.rule;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.cocrea.IntegrityConstraintsTest.Guard;
import org.cocrea.IntegrityConstraintsTest.World;
import org.cocrea.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The shared drafts' guards, in {@link IntegrityConstraintsTest}'s way (its helpers, its kind of world): one
 * support per person and amendment, one co-author row per person, one version per number, one row per paragraph in
 * a version, and the rules of an amendment's row (its kind, its text for the kind, a reason for a decision) and of a
 * paragraph's text (at most 10,000 characters), each refused by the database itself on H2 and PostgreSQL; the
 * one-per-person guards also raced by {@value IntegrityConstraintsTest#THREADS} threads.
 */
class DraftsConstraintsTest {

    /** A published document's ids: document, paragraph, text, version and an open amendment. */
    record Doc(long document, long paragraph, long text, long version, long amendment) {}

    static Doc doc(World w) {
        long instance = w.instance(w.initiative("group"), "co-design", "drafts");
        long author = w.person();
        long document = w.key("""
                INSERT INTO draft_document (tool_instance_id, author_id, title, status, edition, current_version,
                    created_at) VALUES (:i, :a, 'D', 'open', 1, 1, CURRENT_TIMESTAMP)
                """, Map.of("i", instance, "a", author));
        long section = w.key(
                "INSERT INTO draft_section (document_id, position, title) VALUES (:d, 1, 'S')", Map.of("d", document));
        long paragraph = w.key("INSERT INTO draft_paragraph (document_id) VALUES (:d)", Map.of("d", document));
        long text = w.key("INSERT INTO draft_text (paragraph_id, body) VALUES (:p, 'Testo')", Map.of("p", paragraph));
        long version = w.key(
                "INSERT INTO draft_version (document_id, number, created_at) VALUES (:d, 1, CURRENT_TIMESTAMP)",
                Map.of("d", document));
        w.jdbc.sql("""
                INSERT INTO draft_version_item (version_id, position, section_id, paragraph_id, text_id)
                VALUES (:v, 1, :s, :p, :t)
                """)
                .param("v", version)
                .param("s", section)
                .param("p", paragraph)
                .param("t", text)
                .update();
        long amendment = w.key("""
                INSERT INTO draft_amendment (document_id, paragraph_id, base_text_id, base_version, kind, reason,
                    author_id, status, created_at)
                VALUES (:d, :p, :t, 1, 'delete', 'r', :a, 'open', CURRENT_TIMESTAMP)
                """, Map.of("d", document, "p", paragraph, "t", text, "a", author));
        return new Doc(document, paragraph, text, version, amendment);
    }

    private static final String AMENDMENT = """
            INSERT INTO draft_amendment (document_id, paragraph_id, base_text_id, base_version, kind, body, reason,
                status, decision_reason, decided_at, created_at)
            VALUES (:d, :p, :t, 1, :k, :b, 'r', :s, :dr, :da, :now)
            """;

    private static IntegrityConstraintsTest.Insert amendment(
            Doc d, String kind, String body, String status, String reason) {
        return insert(
                AMENDMENT,
                null,
                "d",
                d.document(),
                "p",
                d.paragraph(),
                "t",
                d.text(),
                "k",
                kind,
                "b",
                body,
                "s",
                status,
                "dr",
                reason,
                "da",
                status.equals("open") ? null : java.time.OffsetDateTime.now());
    }

    static final List<Guard> GUARDS = List.of(
            oncePk("draft_support", "one support per person and amendment", w -> {
                var d = doc(w);
                return insert(
                        "INSERT INTO draft_support (amendment_id, person_id, supported_at) VALUES (:a, :p, :now)",
                        "SELECT COUNT(*) FROM draft_support WHERE amendment_id = :a AND person_id = :p",
                        "a",
                        d.amendment(),
                        "p",
                        w.person());
            }),
            oncePk("draft_coauthor", "a co-author named once", w -> {
                var d = doc(w);
                return insert(
                        "INSERT INTO draft_coauthor (document_id, person_id) VALUES (:d, :p)",
                        "SELECT COUNT(*) FROM draft_coauthor WHERE document_id = :d AND person_id = :p",
                        "d",
                        d.document(),
                        "p",
                        w.person());
            }),
            once("draft_version_number", "one version per number of a document", w -> {
                var d = doc(w);
                return insert(
                        "INSERT INTO draft_version (document_id, number, created_at) VALUES (:d, 2, :now)",
                        "SELECT COUNT(*) FROM draft_version WHERE document_id = :d AND number = 2",
                        "d",
                        d.document());
            }),
            rule("draft_version_item_paragraph", "a paragraph once in a version", w -> {
                var d = doc(w);
                long section = w.jdbc.sql("SELECT id FROM draft_section WHERE document_id = :d")
                        .param("d", d.document())
                        .query(Long.class)
                        .single();
                return insert(
                        "INSERT INTO draft_version_item (version_id, position, section_id, paragraph_id, text_id)"
                                + " VALUES (:v, 2, :s, :p, :t)",
                        null,
                        "v",
                        d.version(),
                        "s",
                        section,
                        "p",
                        d.paragraph(),
                        "t",
                        d.text());
            }),
            rule(
                    "draft_text_length",
                    "a paragraph's text within 10,000 characters",
                    w -> insert(
                            "INSERT INTO draft_text (paragraph_id, body) VALUES (:p, :b)",
                            null,
                            "p",
                            doc(w).paragraph(),
                            "b",
                            "x".repeat(10_001))),
            rule(
                    "draft_amendment_kind",
                    "an amendment replaces, adds or deletes",
                    w -> amendment(doc(w), "rewrite", "x", "open", null)),
            rule("draft_amendment_body", "a deletion has no text", w -> amendment(doc(w), "delete", "x", "open", null)),
            rule(
                    "draft_amendment_body",
                    "a replacement has a text",
                    w -> amendment(doc(w), "replace", null, "open", null)),
            rule(
                    "draft_amendment_decision",
                    "a decision has a public reason",
                    w -> amendment(doc(w), "replace", "x", "rejected", null)),
            rule(
                    "draft_amendment_status",
                    "an amendment is open, accepted or rejected",
                    w -> amendment(doc(w), "replace", "x", "maybe", "r")),
            rule(
                    "draft_document_status",
                    "a document is editing, open or final",
                    w -> insert(
                            "INSERT INTO draft_document (tool_instance_id, title, status, edition, current_version, created_at)"
                                    + " VALUES (:i, 'D', 'lost', 1, 1, :now)",
                            null,
                            "i",
                            w.instance(w.initiative("group"), "co-design", "drafts"))));

    private static final Map<String, World> WORLDS = new ConcurrentHashMap<>();

    @AfterAll
    static void close() {
        WORLDS.values().forEach(w -> w.pool.close());
        WORLDS.clear();
    }

    static World world(String db) {
        if (db.equals("PostgreSQL")) {
            TestDatabases.requirePostgres();
        }
        return WORLDS.computeIfAbsent(
                db, d -> new World(d.equals("H2") ? TestDatabases.h2() : TestDatabases.postgres()));
    }

    @TestFactory
    Stream<DynamicContainer> theDatabaseRefusesWhatItGuards() {
        return Stream.of("H2", "PostgreSQL")
                .map(db -> DynamicContainer.dynamicContainer(
                        db,
                        GUARDS.stream()
                                .flatMap(guard -> Stream.concat(
                                        Stream.of(DynamicTest.dynamicTest(
                                                guard + " refused",
                                                () -> IntegrityConstraintsTest.refused(world(db), guard))),
                                        guard.once()
                                                ? Stream.of(DynamicTest.dynamicTest(
                                                        guard + " holds under concurrent inserts",
                                                        () -> IntegrityConstraintsTest.raced(world(db), guard)))
                                                : Stream.empty()))));
    }
}
