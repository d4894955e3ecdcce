package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;

class FactorRepositoryTest {

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void readinessAndAggregatesSuppressedBelowFive(TestDatabase db) {
        var repo = new FactorRepository(db.jdbc());
        var initiatives = new InitiativeRepository(db.jdbc());
        long id = initiatives.insert(
                Rows.details(Rows.organisation(db.jdbc(), "O"), Level.GROUP, "G"), Status.OPEN, null);
        long owner = Rows.person(db.jdbc(), "owner@example.org");

        repo.saveReadiness(id, new Factors.Answers(List.of(4, 5, 2, 3)), owner);
        repo.saveReadiness(id, new Factors.Answers(List.of(4, 5, 2, 1)), owner);
        assertThat(repo.readiness(id).orElseThrow().values()).containsExactly(4, 5, 2, 1);
        assertThatThrownBy(() -> repo.saveReadiness(id, new Factors.Answers(List.of(6, 5, 2, 1)), owner))
                .isInstanceOf(DataIntegrityViolationException.class);

        for (int k = 1; k <= 4; k++) {
            long p = Rows.person(db.jdbc(), "m" + k + "@example.org");
            repo.saveCitizen(id, p, new Factors.Answers(List.of(k, 1, 1, 1, 1)));
        }
        assertThat(repo.aggregate(id).suppressed()).isTrue();
        assertThat(repo.aggregate(id).averages()).isEmpty();

        long fifth = Rows.person(db.jdbc(), "m5@example.org");
        repo.saveCitizen(id, fifth, new Factors.Answers(List.of(5, 1, 1, 1, 1)));
        var aggregate = repo.aggregate(id);
        assertThat(aggregate.respondents()).isEqualTo(5);
        assertThat(aggregate.average(0)).isEqualTo("3.0");
        assertThat(repo.citizen(id, fifth).orElseThrow().value(0)).isEqualTo(5);

        repo.deleteCitizen(id, fifth);
        assertThat(repo.citizen(id, fifth)).isEmpty();
        assertThat(repo.aggregate(id).suppressed()).isTrue();
    }
}
