package org.cocrea.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.zaxxer.hikari.HikariDataSource;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The survey tables on H2 and PostgreSQL: items in order with their conditions, drafts kept per person, one response
 * per person (also when eight threads submit one person's response at once), anonymous responses without a person,
 * the aggregates of the results page, the cross-tabulation, the streaming export, and the constraints that refuse
 * what the service never stores.
 */
class SurveyRepositoryTest {
    static final int THREADS = 8;
    private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC).withNano(0);

    private static long key(JdbcClient jdbc, String sql, Map<String, ?> params) {
        var key = new GeneratedKeyHolder();
        jdbc.sql(sql).params(params).update(key, "id");
        return key.getKeyAs(Number.class).longValue();
    }

    private static long person(JdbcClient jdbc, String email) {
        return key(
                jdbc,
                "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)"
                        + " VALUES (:e, 'P', 'it', 'citizen', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("e", email + System.nanoTime()));
    }

    private static long instance(JdbcClient jdbc) {
        long organisation = key(
                jdbc,
                "INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)",
                Map.of("n", "O" + System.nanoTime()));
        long initiative = key(
                jdbc,
                "INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,"
                        + " created_at, last_activity_at) VALUES ('T', 'S', '', :o, 'education', 'group', 'open',"
                        + " CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)",
                Map.of("o", organisation));
        return key(
                jdbc,
                "INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)"
                        + " VALUES (:i, 'co-assessment', 'survey', CURRENT_TIMESTAMP)",
                Map.of("i", initiative));
    }

    private static SurveyRepository.ItemDraft draft(QuestionKind kind, String text, List<String> options, Long showIf) {
        return new SurveyRepository.ItemDraft(
                kind,
                text,
                "",
                true,
                options,
                List.of(),
                kind == QuestionKind.SINGLE,
                null,
                null,
                showIf,
                showIf == null ? Set.of() : Set.of(1));
    }

    private static Answers.Answer one(long item, int value) {
        return new Answers.Answer(item, List.of(new Answers.Part(0, BigDecimal.valueOf(value), null)));
    }

    private static long survey(JdbcClient jdbc, SurveyRepository repo, boolean anonymous) {
        long instance = instance(jdbc);
        repo.create(instance, "Questionario", "", anonymous, NOW);
        repo.settings(instance, "Questionario", "", anonymous, NOW.minusDays(1), NOW.plusDays(7), false);
        return instance;
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void itemsResponsesAggregatesAndExport(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new SurveyRepository(jdbc, db.dataSource());
        long instance = survey(jdbc, repo, true);
        long bike = repo.insertItem(instance, draft(QuestionKind.SINGLE, "Bici?", List.of("Sì", "No"), null));
        long safe = repo.insertItem(instance, draft(QuestionKind.SCALE5, "Sicuro?", List.of(), bike));
        long why = repo.insertItem(instance, draft(QuestionKind.LONG, "Perché?", List.of(), null));
        assertThat(repo.items(instance))
                .extracting(Item::id, Item::position)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(bike, 1),
                        org.assertj.core.groups.Tuple.tuple(safe, 2),
                        org.assertj.core.groups.Tuple.tuple(why, 3));
        assertThat(repo.items(instance).get(1).showIf()).isEqualTo(bike);
        assertThat(repo.open(instance)).isTrue();
        assertThat(repo.open(instance)).isFalse();
        assertThat(repo.announce(instance, NOW)).isTrue();
        assertThat(repo.announce(instance, NOW)).as("told once").isFalse();

        long person = person(jdbc, "d@example.org");
        repo.saveDraft(instance, person, "{\"q1\":[\"1\"]}", NOW);
        repo.saveDraft(instance, person, "{\"q1\":[\"2\"]}", NOW);
        assertThat(repo.draft(instance, person)).contains("{\"q1\":[\"2\"]}");

        // six anonymous responses: bike yes/no, safety 1..5, a text with a formula and markup
        for (int r = 0; r < 6; r++) {
            long respondent = person(jdbc, "r" + r + "@example.org");
            repo.respondent(instance, respondent);
            long response = repo.response(instance, null, LocalDate.now());
            var answers = new ArrayList<Answers.Answer>();
            answers.add(one(bike, r % 2 == 0 ? 1 : 2));
            answers.add(one(safe, 1 + r % 5));
            answers.add(new Answers.Answer(why, List.of(new Answers.Part(0, null, r == 0 ? "=SUM(A1)" : "<b>x</b>"))));
            repo.answers(instance, response, answers);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_response WHERE tool_instance_id = :i AND person_id IS NULL")
                        .param("i", instance)
                        .query(Long.class)
                        .single())
                .isEqualTo(6);
        assertThat(repo.responses(instance)).isEqualTo(6);
        var counts = repo.counts(instance);
        assertThat(counts)
                .filteredOn(c -> c.itemId() == bike)
                .extracting(SurveyRepository.Count::value, SurveyRepository.Count::count)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(1, 3L), org.assertj.core.groups.Tuple.tuple(2, 3L));
        assertThat(counts).noneMatch(c -> c.itemId() == why);
        var answered = repo.answered(instance);
        assertThat(answered).filteredOn(a -> a.itemId() == safe).singleElement().satisfies(a -> {
            assertThat(a.people()).isEqualTo(6);
            // a scale's mean comes from the tallies; only a number question's is averaged over its rows
            assertThat(a.mean()).isNull();
        });
        assertThat(repo.texts(instance, List.of(why, bike), 2)).hasSize(2).allMatch(t -> t.itemId() == why);
        var cells = repo.cross(instance, bike, safe, false, false);
        assertThat(cells.stream().mapToLong(SurveyRepository.Cell::count).sum()).isEqualTo(6);
        assertThat(cells).anyMatch(c -> c.row() == 1 && c.column() == 1 && c.count() == 1);

        var survey = repo.find(instance).orElseThrow();
        var csv = new StringWriter();
        new SurveyExport(repo).csv(survey, "Altro", csv);
        var lines = csv.toString().split("\r\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("\"response\",\"Bici?\",\"Sicuro?\",\"Perché?\"");
        assertThat(lines[1]).isEqualTo("\"1\",\"Sì\",\"1\",\"'=SUM(A1)\"");
        var json = new StringWriter();
        new SurveyExport(repo).json(survey, "T", json);
        assertThat(json.toString())
                .contains("\"response\":6")
                .contains("\\u003cb\\u003ex")
                .doesNotContain("submitted");

        assertThat(repo.dueToClose(NOW.plusDays(8))).contains(instance);
        assertThat(repo.close(instance, NOW)).isTrue();
        assertThat(repo.close(instance, NOW)).isFalse();
    }

    /** Eight threads submit one person's response at once, each in its own transaction: one respondent, one response. */
    /**
     * Runs {@code submit} with the values 0..THREADS-1 in as many threads, each in its own transaction, released
     * together by a barrier; answers how many committed and how many met a duplicate key.
     */
    private static int[] race(TransactionTemplate transactions, java.util.function.IntConsumer submit)
            throws Exception {
        var stored = new AtomicInteger();
        var refused = new AtomicInteger();
        var start = new CyclicBarrier(THREADS);
        var threads = Executors.newFixedThreadPool(THREADS);
        try {
            var futures = new ArrayList<Future<?>>();
            for (int i = 0; i < THREADS; i++) {
                int value = i;
                futures.add(threads.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    try {
                        transactions.executeWithoutResult(tx -> submit.accept(value));
                        stored.incrementAndGet();
                    } catch (DuplicateKeyException e) {
                        refused.incrementAndGet();
                    }
                    return null;
                }));
            }
            for (var f : futures) {
                f.get(60, TimeUnit.SECONDS);
            }
        } finally {
            threads.shutdownNow();
        }
        return new int[] {stored.get(), refused.get()};
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneResponsePerPersonUnderARace(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS + 2);
            var jdbc = JdbcClient.create(pool);
            var repo = new SurveyRepository(jdbc, pool);
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            for (boolean anonymous : List.of(true, false)) {
                long instance = survey(jdbc, repo, anonymous);
                long scale = repo.insertItem(instance, draft(QuestionKind.NPS, "Consiglieresti?", List.of(), null));
                long person = person(jdbc, "race@example.org");
                var outcome = race(transactions, value -> {
                    repo.respondent(instance, person);
                    long response = repo.response(instance, anonymous ? null : person, LocalDate.now());
                    repo.answers(instance, response, List.of(one(scale, value)));
                });
                assertThat(outcome).as("stored, refused").containsExactly(1, THREADS - 1);
                assertThat(repo.responses(instance)).isEqualTo(1);
                assertThat(jdbc.sql("SELECT COUNT(*) FROM survey_answer WHERE tool_instance_id = :i")
                                .param("i", instance)
                                .query(Long.class)
                                .single())
                        .isEqualTo(1);
                assertThat(repo.responded(instance, person)).isTrue();
                assertThat(repo.namedResponse(instance, person).isPresent()).isEqualTo(!anonymous);
            }
        }
    }

    /**
     * Code holders (ADR 0033): eight threads submit the first response of one code at once, each in its own
     * transaction; exactly one response is stored, with no person and the survey's key of the code (never the code
     * nor the budget's hash of it). The code's draft is kept and replaced; another code answers too; a response with
     * both a person and a code is refused.
     */
    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneResponsePerCodeUnderARace(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(THREADS + 2);
            var jdbc = JdbcClient.create(pool);
            var repo = new SurveyRepository(jdbc, pool);
            var transactions = new TransactionTemplate(new DataSourceTransactionManager(pool));
            for (boolean anonymous : List.of(true, false)) {
                long instance = survey(jdbc, repo, anonymous);
                long scale = repo.insertItem(instance, draft(QuestionKind.NPS, "Consiglieresti?", List.of(), null));
                String key = SurveyService.codeKey(instance, "KMNPQ23456");
                assertThat(key)
                        .hasSize(64)
                        .isNotEqualTo(org.cocrea.ballots.VotingCodes.hash("KMNPQ23456"))
                        .isNotEqualTo(SurveyService.codeKey(instance + 1, "KMNPQ23456"));
                repo.saveCodeDraft(instance, key, "{\"q1\":[\"1\"]}", NOW);
                repo.saveCodeDraft(instance, key, "{\"q1\":[\"2\"]}", NOW);
                assertThat(repo.codeDraft(instance, key)).contains("{\"q1\":[\"2\"]}");
                assertThat(repo.codeResponse(instance, key)).isEmpty();
                var outcome = race(transactions, value -> {
                    long response = repo.codeResponse(instance, key, LocalDate.now());
                    repo.answers(instance, response, List.of(one(scale, value)));
                });
                assertThat(outcome).as("stored, refused").containsExactly(1, THREADS - 1);
                assertThat(repo.responses(instance)).isEqualTo(1);
                assertThat(TestSurveys.count(
                                jdbc, "SELECT COUNT(*) FROM survey_answer WHERE tool_instance_id = :i", instance))
                        .isEqualTo(1);
                long response = repo.codeResponse(instance, key).orElseThrow();
                assertThat(jdbc.sql("SELECT person_id FROM survey_response WHERE id = :r")
                                .param("r", response)
                                .query(Long.class)
                                .optional())
                        .isEmpty();
                // editing: the answers taken out of the tallies and replaced, still one response
                repo.replaceAnswers(response, LocalDate.now());
                repo.answers(instance, response, List.of(one(scale, 9)));
                assertThat(repo.responses(instance)).isEqualTo(1);
                assertThat(repo.counts(instance))
                        .extracting(SurveyRepository.Count::value, SurveyRepository.Count::count)
                        .containsExactly(org.assertj.core.groups.Tuple.tuple(9, 1L));
                // another code is another respondent
                repo.codeResponse(instance, SurveyService.codeKey(instance, "KMNPQ23457"), LocalDate.now());
                assertThat(repo.responses(instance)).isEqualTo(2);
                long person = person(jdbc, "code@example.org");
                assertThat(catchThrowable(() -> jdbc.sql("""
                                        INSERT INTO survey_response (tool_instance_id, person_id, code_key, submitted_on)
                                        VALUES (:i, :p, :k, CURRENT_DATE)
                                        """)
                                .param("i", instance)
                                .param("p", person)
                                .param("k", SurveyService.codeKey(instance, "KMNPQ23458"))
                                .update()))
                        .as("a response has a person or a code, not both")
                        .isInstanceOf(DataIntegrityViolationException.class);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theConstraintsRefuseWhatTheServiceNeverStores(TestDatabase db) {
        var jdbc = db.jdbc();
        var repo = new SurveyRepository(jdbc, db.dataSource());
        long instance = survey(jdbc, repo, false);
        long item = repo.insertItem(instance, draft(QuestionKind.SCALE5, "S", List.of(), null));
        long person = person(jdbc, "c@example.org");
        long response = repo.response(instance, person, LocalDate.now());
        for (String sql : List.of(
                // a second named response of the same person
                "INSERT INTO survey_response (tool_instance_id, person_id, submitted_on) VALUES (%d, %d, CURRENT_DATE)"
                        .formatted(instance, person),
                // an answer without a value
                "INSERT INTO survey_answer (response_id, tool_instance_id, item_id, part) VALUES (%d, %d, %d, 0)"
                        .formatted(response, instance, item),
                // an unknown kind of question
                ("INSERT INTO survey_item (tool_instance_id, position, kind, text, help, required, options, items,"
                                + " allow_other, show_if_answers) VALUES (%d, 9, 'essay', 'x', '', FALSE, '', '', FALSE, '')")
                        .formatted(instance),
                // two items at one place
                ("INSERT INTO survey_item (tool_instance_id, position, kind, text, help, required, options, items,"
                                + " allow_other, show_if_answers) VALUES (%d, 1, 'short', 'x', '', FALSE, '', '', FALSE, '')")
                        .formatted(instance),
                // closing before opening
                "UPDATE survey SET closes_at = opens_at WHERE tool_instance_id = %d".formatted(instance),
                // an open survey without dates
                "UPDATE survey SET status = 'open', closes_at = NULL WHERE tool_instance_id = %d"
                        .formatted(instance))) {
            assertThat(catchThrowable(() -> jdbc.sql(sql).update()))
                    .as(sql)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        repo.respondent(instance, person);
        assertThat(catchThrowable(() -> repo.respondent(instance, person))).isInstanceOf(DuplicateKeyException.class);
    }
}
