package org.cocrea.drafts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.cocrea.platform.Notification;
import org.cocrea.platform.Refused;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Documents, versions and decisions on H2 and PostgreSQL, including two facilitators accepting at once. */
class DraftRepositoryTest {

    static final String TEXT = "## Uno\n\nPrimo paragrafo.\n\nSecondo paragrafo.\n\n## Due\n\nTerzo paragrafo.";

    record Fixture(long instance, long author, long other) {}

    static Fixture fixture(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'education', 'group', 'open', :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-design', 'drafts', :now)
                """).param("now", now).update();
        for (String email : List.of("a@example.org", "b@example.org")) {
            jdbc.sql("""
                    INSERT INTO app_user (email, name, password_hash, language, kind, created_at, terms_accepted_at)
                    VALUES (:e, :e, 'x', 'it', 'citizen', :now, :now)
                    """).param("e", email).param("now", now).update();
        }
        return new Fixture(
                jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single(),
                jdbc.sql("SELECT id FROM app_user WHERE email = 'a@example.org'")
                        .query(Long.class)
                        .single(),
                jdbc.sql("SELECT id FROM app_user WHERE email = 'b@example.org'")
                        .query(Long.class)
                        .single());
    }

    static long published(DraftRepository repo, Fixture f) {
        long doc = repo.create(f.instance(), f.author(), "Piano", TEXT);
        assertThat(repo.publish(doc, Outline.parse(TEXT, "text"))).isTrue();
        assertThat(repo.publish(doc, Outline.parse(TEXT, "text")))
                .as("only once")
                .isFalse();
        return doc;
    }

    private static DraftService service(DraftRepository repo, List<Object> events) {
        return new DraftService(repo, null, events::add);
    }

    private static Document doc(DraftRepository repo, Fixture f, long id) {
        return repo.document(f.instance(), id).orElseThrow();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void acceptedAmendmentsMakeImmutableVersions(TestDatabase db) {
        var repo = new DraftRepository(db.jdbc());
        var f = fixture(db.jdbc());
        var events = new ArrayList<Object>();
        var service = service(repo, events);
        long d = published(repo, f);
        var v1 = repo.items(d, 1);
        assertThat(v1)
                .extracting(Item::body)
                .containsExactly("Primo paragrafo.", "Secondo paragrafo.", "Terzo paragrafo.");
        assertThat(v1).extracting(Item::section).containsExactly("Uno", "Uno", "Due");

        long replace = repo.propose(d, v1.get(0), 1, Amendment.REPLACE, "Primo paragrafo, nuovo.", "meglio", f.other());
        long add = repo.propose(d, v1.get(1), 1, Amendment.ADD, "Aggiunto.", "manca", f.other());
        long delete = repo.propose(d, v1.get(2), 1, Amendment.DELETE, null, "inutile", f.other());
        assertThat(repo.openByParagraph(d)).hasSize(3);
        assertThat(repo.waitingDecision(List.of(f.instance()))).containsEntry(f.instance(), 3);

        service.decision(f.instance(), f.author(), d, replace, new DecisionForm("accept", "sì"));
        service.decision(f.instance(), f.author(), d, add, new DecisionForm("accept", "sì"));
        service.decision(f.instance(), f.author(), d, delete, new DecisionForm("accept", "sì"));

        assertThat(doc(repo, f, d).currentVersion()).isEqualTo(4);
        assertThat(repo.items(d, 4))
                .extracting(Item::body)
                .containsExactly("Primo paragrafo, nuovo.", "Secondo paragrafo.", "Aggiunto.");
        assertThat(repo.items(d, 3)).extracting(Item::section).containsExactly("Uno", "Uno", "Uno", "Due");
        // Version 1 is as it was.
        assertThat(repo.items(d, 1)).isEqualTo(v1);
        assertThat(repo.versions(d)).extracting(Version::number).containsExactly(4, 3, 2, 1);
        assertThat(repo.versions(d)).extracting(Version::amendmentId).containsExactly(delete, add, replace, null);
        assertThat(Diff.versions(repo.items(d, 1), repo.items(d, 4)))
                .extracting(Diff.Paragraph::change)
                .containsExactly(Diff.Kind.SAME, Diff.Kind.SAME, Diff.Kind.DELETED, Diff.Kind.INSERTED);
        assertThat(events).hasSize(3).allMatch(e -> ((Notification) e).people().equals(List.of(f.other())));
        assertThat(repo.amendment(d, replace, f.other()).orElseThrow().status()).isEqualTo("accepted");
        assertThat(repo.waitingDecision(List.of(f.instance()))).isEmpty();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anAmendmentToAChangedOrDeletedParagraphIsRefusedNamingTheChange(TestDatabase db) {
        var repo = new DraftRepository(db.jdbc());
        var f = fixture(db.jdbc());
        var service = service(repo, new ArrayList<>());
        long d = published(repo, f);
        var v1 = repo.items(d, 1);
        long first = repo.propose(d, v1.get(0), 1, Amendment.REPLACE, "Uno.", "r", f.other());
        long second = repo.propose(d, v1.get(0), 1, Amendment.REPLACE, "Due.", "r", f.other());
        long gone = repo.propose(d, v1.get(2), 1, Amendment.DELETE, null, "r", f.other());
        long late = repo.propose(d, v1.get(2), 1, Amendment.REPLACE, "Tardi.", "r", f.other());
        service.decision(f.instance(), f.author(), d, first, new DecisionForm("accept", "ok"));
        service.decision(f.instance(), f.author(), d, gone, new DecisionForm("accept", "ok"));
        assertThatThrownBy(
                        () -> service.decision(f.instance(), f.author(), d, second, new DecisionForm("accept", "ok")))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).isEqualTo("drafts.decision.changed");
                    assertThat(r.args()).containsExactly(1, 2, "#" + first);
                });
        assertThatThrownBy(() -> service.decision(f.instance(), f.author(), d, late, new DecisionForm("accept", "ok")))
                .isInstanceOfSatisfying(Refused.class, r -> {
                    assertThat(r.key()).isEqualTo("drafts.decision.deleted");
                    assertThat(r.args()).containsExactly(1, 3, "#" + gone);
                });
        assertThat(doc(repo, f, d).currentVersion()).isEqualTo(3);
        // Rejecting it is still possible, with a reason.
        service.decision(f.instance(), f.author(), d, second, new DecisionForm("reject", "superato"));
        assertThat(repo.amendment(d, second, null).orElseThrow().decisionReason())
                .isEqualTo("superato");
        assertThatThrownBy(() -> service.decision(f.instance(), f.author(), d, second, new DecisionForm("reject", "x")))
                .isInstanceOfSatisfying(Refused.class, r -> assertThat(r.key()).isEqualTo("drafts.decision.already"));
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void twoAcceptsOfAmendmentsToOneParagraphAtOnceMakeExactlyOneVersion(TestDatabase db) throws Exception {
        var repo = new DraftRepository(db.jdbc());
        var f = fixture(db.jdbc());
        var service = service(repo, new java.util.concurrent.CopyOnWriteArrayList<>());
        var tx = new TransactionTemplate(new DataSourceTransactionManager(db.dataSource()));
        for (int round = 0; round < 5; round++) {
            long d = published(repo, f);
            var v1 = repo.items(d, 1);
            long a = repo.propose(d, v1.get(1), 1, Amendment.REPLACE, "A " + round, "r", f.other());
            long b = repo.propose(d, v1.get(1), 1, Amendment.DELETE, null, "r", f.other());
            var start = new CyclicBarrier(2);
            var pool = Executors.newFixedThreadPool(2);
            var results = new ArrayList<Future<String>>();
            for (long amendment : List.of(a, b)) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    try {
                        tx.executeWithoutResult(s -> service.decision(
                                f.instance(), f.author(), d, amendment, new DecisionForm("accept", "ok")));
                        return "ok";
                    } catch (Refused r) {
                        return r.key();
                    }
                }));
            }
            var outcomes = new ArrayList<String>();
            for (var r : results) {
                outcomes.add(r.get(30, TimeUnit.SECONDS));
            }
            pool.shutdown();
            // The loser is told what the winner did: changed the paragraph (a's replacement) or deleted it (b).
            assertThat(outcomes).containsOnlyOnce("ok");
            assertThat(outcomes).containsAnyOf("drafts.decision.changed", "drafts.decision.deleted");
            assertThat(doc(repo, f, d).currentVersion()).isEqualTo(2);
            assertThat(repo.versions(d)).hasSize(2);
            assertThat(db.jdbc()
                            .sql("SELECT COUNT(*) FROM draft_amendment WHERE document_id = :d AND status = 'open'")
                            .param("d", d)
                            .query(Long.class)
                            .single())
                    .as("the refused one is still open, to be rejected with a reason")
                    .isEqualTo(1);
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void supportsAreOnePerPersonAndTheWorkingTextIsSavedOnlyFromItsEdition(TestDatabase db) {
        var repo = new DraftRepository(db.jdbc());
        var f = fixture(db.jdbc());
        long d = published(repo, f);
        long a = repo.propose(d, repo.items(d, 1).get(0), 1, Amendment.DELETE, null, "r", f.other());
        assertThat(repo.support(a, f.author())).isTrue();
        assertThat(repo.support(a, f.author())).isFalse();
        assertThat(repo.support(a, f.other())).isTrue();
        assertThat(repo.amendment(d, a, f.author()).orElseThrow())
                .extracting(Amendment::supports, Amendment::supported)
                .containsExactly(2, true);
        repo.unsupport(a, f.author());
        assertThat(repo.amendment(d, a, f.author()).orElseThrow().supports()).isEqualTo(1);

        long editing = repo.create(f.instance(), f.author(), "Bozza", "testo");
        assertThat(repo.saveText(editing, 1, "nuovo")).isTrue();
        assertThat(repo.saveText(editing, 1, "perso"))
                .as("a save from an older edition")
                .isFalse();
        assertThat(doc(repo, f, editing).workingText()).isEqualTo("nuovo");
        assertThat(repo.documents(f.instance(), f.other()))
                .extracting(Document::id)
                .containsExactly(d);
        repo.addCoauthor(editing, f.other());
        repo.addCoauthor(editing, f.other());
        assertThat(repo.coauthors(editing)).containsExactly(f.other());
        assertThat(repo.documents(f.instance(), f.other()))
                .extracting(Document::id)
                .containsExactly(editing, d);
        assertThat(repo.documents(f.instance(), null)).extracting(Document::id).containsExactly(d);
    }
}
