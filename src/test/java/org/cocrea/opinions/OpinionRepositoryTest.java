package org.cocrea.opinions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.zaxxer.hikari.HikariDataSource;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cocrea.opinions.analysis.Analysis;
import org.cocrea.opinions.analysis.Method;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The opinion tables on H2 and PostgreSQL: one vote per participant and statement under an 8-thread race, a changed
 * vote, the constraints refusing bad rows, and the computation claimed by one node at a time.
 */
class OpinionRepositoryTest {
    static long toolInstance(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'environment-and-parks', 'collective', 'open',
                    :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-design', 'opinions', :now)
                """).param("now", now).update();
        return jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
    }

    static long person(JdbcClient jdbc, String email) {
        jdbc.sql("""
                INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)
                VALUES (:e, 'P', 'it', 'citizen', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                """).param("e", email).update();
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private static long count(JdbcClient jdbc, String sql) {
        return jdbc.sql(sql).query(Long.class).single();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneVotePerParticipantAndStatementUnderARaceAndChangeable(TestDatabase db) throws Exception {
        try (var pool = new HikariDataSource()) {
            pool.setDataSource(db.dataSource());
            pool.setMaximumPoolSize(8);
            var jdbc = JdbcClient.create(pool);
            var repository = new OpinionRepository(jdbc, new JdbcTemplate(pool));
            long instance = toolInstance(jdbc);
            repository.ensure(instance);
            repository.ensure(instance);
            long s = repository.addStatement(
                    instance, null, true, "Una", "una", "published", null, OpinionRepository.now());
            long me = person(jdbc, "me@example.org");
            // 8 threads at once: the same person's first vote, and the participant row created on the way
            var barrier = new CyclicBarrier(8);
            ExecutorService threads = Executors.newFixedThreadPool(8);
            try {
                var futures = new ArrayList<Future<?>>();
                for (int t = 0; t < 8; t++) {
                    int vote = t % 3 - 1;
                    futures.add(threads.submit(() -> {
                        barrier.await();
                        long participant = repository.participantFor(instance, me);
                        repository.vote(instance, s, participant, vote);
                        return null;
                    }));
                }
                for (var f : futures) {
                    f.get();
                }
            } finally {
                threads.shutdown();
            }
            assertThat(count(jdbc, "SELECT COUNT(*) FROM opinion_participant")).isEqualTo(1);
            assertThat(count(jdbc, "SELECT COUNT(*) FROM opinion_vote")).isEqualTo(1);
            long participant = repository.participantFor(instance, me);
            repository.vote(instance, s, participant, 1);
            repository.vote(instance, s, participant, -1);
            assertThat(repository.votesOf(participant)).containsExactly(java.util.Map.entry(s, -1));
            assertThat(repository.voteCount(instance)).isEqualTo(1);

            // the constraints refuse what the code never writes
            assertThatThrownBy(() -> jdbc.sql("""
                            INSERT INTO opinion_vote (statement_id, participant_id, tool_instance_id, vote, voted_at)
                            VALUES (:s, :p, :t, 1, CURRENT_TIMESTAMP)
                            """)
                            .param("s", s)
                            .param("p", participant)
                            .param("t", instance)
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
            long other = repository.anonymousParticipant(instance, "polis:1");
            assertThatThrownBy(() -> jdbc.sql("""
                            INSERT INTO opinion_vote (statement_id, participant_id, tool_instance_id, vote, voted_at)
                            VALUES (:s, :p, :t, 2, CURRENT_TIMESTAMP)
                            """)
                            .param("s", s)
                            .param("p", other)
                            .param("t", instance)
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() ->
                            jdbc.sql("""
                            INSERT INTO opinion_participant (tool_instance_id, person_id, anonymous_key)
                            VALUES (:t, :p, 'both')
                            """).param("t", instance).param("p", me).update())
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.sql("INSERT INTO opinion_participant (tool_instance_id) VALUES (:t)")
                            .param("t", instance)
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> repository.addStatement(
                            instance, null, false, "x", "x", "hidden", null, OpinionRepository.now()))
                    .isInstanceOf(DataIntegrityViolationException.class);
            assertThatThrownBy(() -> jdbc.sql("UPDATE opinion_conversation SET method = 'magic'")
                            .update())
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneNodeAtATimeComputesAConversationAndStoresItWithItsVoteCount(TestDatabase db) {
        var jdbc = db.jdbc();
        var repository = new OpinionRepository(jdbc, new JdbcTemplate(db.dataSource()));
        long instance = toolInstance(jdbc);
        repository.ensure(instance);
        var now = OpinionRepository.now();
        assertThat(repository.due(now)).containsExactly(instance);
        assertThat(repository.claim(instance, now.plusMinutes(2), "a")).isTrue();
        assertThat(repository.claim(instance, now.plusMinutes(2), "b")).isFalse();
        assertThat(repository.due(now.plusSeconds(1))).isEmpty();
        // a vote during the computation marks it out of date again
        repository.markStale(instance);
        repository.store(instance, "b", "{}", null, 3, now); // not b's claim: nothing stored
        assertThat(repository.conversation(instance).orElseThrow().computedAt()).isNull();
        assertThat(repository.smoother(instance)).isEmpty();
        repository.store(instance, "a", "{}", new Analysis.KSmoother(3, 2, 2), 3, now);
        var state = repository.conversation(instance).orElseThrow();
        // Polis' k smoother is kept for the next update, and forgotten when the method changes.
        assertThat(repository.smoother(instance)).contains(new Analysis.KSmoother(3, 2, 2));
        repository.saveSettings(instance, "after", "cocrea");
        assertThat(repository.smoother(instance)).contains(new Analysis.KSmoother(3, 2, 2));
        repository.saveSettings(instance, "after", "polis");
        assertThat(repository.smoother(instance)).isEmpty();
        assertThat(state.votesCounted()).isEqualTo(3);
        assertThat(state.computedAt()).isNotNull();
        assertThat(state.stale()).isTrue();
        assertThat(repository.due(now.minusSeconds(1))).isEmpty(); // debounced
        assertThat(repository.due(now.plusSeconds(3))).containsExactly(instance);
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void votesAreReadForTheAnalysisAndItsMapIsStored(TestDatabase db) {
        var jdbc = db.jdbc();
        var repository = new OpinionRepository(jdbc, new JdbcTemplate(db.dataSource()));
        long instance = toolInstance(jdbc);
        repository.ensure(instance);
        var statements = new ArrayList<Long>();
        for (int s = 0; s < 6; s++) {
            statements.add(repository.addStatement(
                    instance, null, true, "S" + s, "s" + s, "published", null, OpinionRepository.now()));
        }
        var keys = new ArrayList<String>();
        for (int p = 0; p < 20; p++) {
            keys.add("polis:" + p);
        }
        var ids = repository.anonymousParticipants(instance, keys);
        var rows = new ArrayList<OpinionRepository.VoteRow>();
        for (int p = 0; p < 20; p++) {
            for (int s = 0; s < 6; s++) {
                int vote = (p * 7 + s * 3) % 5 == 0 ? 0 : (p < 10) == (s < 3) ? 1 : -1;
                rows.add(new OpinionRepository.VoteRow(
                        ids.get("polis:" + p), statements.get(s), vote, OpinionRepository.now()));
            }
        }
        repository.insertVotes(instance, rows);
        var recompute = new Recompute(repository);
        assertThat(recompute.computeIfClaimed(instance)).isTrue();
        var state = repository.conversation(instance).orElseThrow();
        assertThat(state.votesCounted()).isEqualTo(120);
        var stored = StoredMap.of(state.mapJson());
        assertThat(stored.map().method()).isEqualTo(Method.COCREA);
        assertThat(stored.map().placed()).hasSize(20);
        assertThat(stored.map().groups()).hasSize(2);
        assertThat(stored.participants()).hasSize(20);
        assertThat(List.copyOf(stored.statements())).hasSize(6);
    }
}
