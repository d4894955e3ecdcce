package org.cocrea.initiatives.factors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Rows;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.core.InitiativeRepository;
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

        var people = new java.util.ArrayList<Long>();
        for (int k = 1; k <= 4; k++) {
            long p = Rows.person(db.jdbc(), "m" + k + "@example.org");
            people.add(p);
            repo.saveCitizen(id, p, new Factors.Answers(List.of(k, 1, 1, 1, 1)));
        }
        assertThat(repo.aggregate(id, people).suppressed()).isTrue();
        assertThat(repo.aggregate(id, people).averages()).isEmpty();

        long fifth = Rows.person(db.jdbc(), "m5@example.org");
        people.add(fifth);
        repo.saveCitizen(id, fifth, new Factors.Answers(List.of(5, 1, 1, 1, 1)));
        var aggregate = repo.aggregate(id, people);
        assertThat(aggregate.respondents()).isEqualTo(5);
        assertThat(aggregate.average(0)).isEqualByComparingTo("3.0");
        assertThat(repo.citizen(id, fifth).orElseThrow().value(0)).isEqualTo(5);
        // Only the people counted (confirmed addresses, decided by the caller) are averaged.
        assertThat(repo.aggregate(id, people.subList(0, 4)).suppressed()).isTrue();
        assertThat(repo.respondents(id)).containsExactlyInAnyOrderElementsOf(people);

        // Publication: the snapshot is what is shown, and changes are counted afresh from it.
        repo.lock(id);
        assertThat(repo.published(id)).isEmpty();
        assertThat(repo.changedSincePublication(id)).containsExactlyInAnyOrderElementsOf(people);
        repo.publish(id, aggregate);
        assertThat(repo.published(id)).contains(aggregate);
        assertThat(repo.changedSincePublication(id)).isEmpty();

        // An edit and then a withdrawal by one person are one change; the snapshot stays.
        repo.saveCitizen(id, fifth, new Factors.Answers(List.of(1, 1, 1, 1, 1)));
        repo.deleteCitizen(id, fifth);
        repo.deleteCitizen(id, fifth);
        assertThat(repo.citizen(id, fifth)).isEmpty();
        assertThat(repo.changedSincePublication(id)).containsExactly(fifth);
        assertThat(repo.published(id)).contains(aggregate);

        // A withheld snapshot holds no averages (a CHECK keeps it so).
        repo.publish(id, repo.aggregate(id, repo.respondents(id)));
        assertThat(repo.published(id).orElseThrow().suppressed()).isTrue();
        assertThat(repo.published(id).orElseThrow().respondents()).isEqualTo(4);
    }
}
