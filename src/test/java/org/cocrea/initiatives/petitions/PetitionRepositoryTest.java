package org.cocrea.initiatives.petitions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Rows;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DuplicateKeyException;

class PetitionRepositoryTest {

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void oneSupportPerPersonAndOneAnswerPerPetition(TestDatabase db) {
        var repo = new PetitionRepository(db.jdbc());
        long org = Rows.organisation(db.jdbc(), "Org");
        long alice = Rows.person(db.jdbc(), "alice@example.org");
        long bob = Rows.person(db.jdbc(), "bob@example.org");
        assertThat(repo.settings(org)).isEqualTo(new PetitionSettings(50, 60));
        repo.saveSettings(org, new PetitionSettings(2, 30));
        repo.saveSettings(org, new PetitionSettings(2, 10));
        assertThat(repo.settings(org)).isEqualTo(new PetitionSettings(2, 10));

        long id = repo.insert(org, alice, "Benches", "More benches", "", ServiceDomain.OTHER, Level.COLLECTIVE);
        repo.support(id, alice);
        assertThatThrownBy(() -> repo.support(id, alice)).isInstanceOf(DuplicateKeyException.class);
        repo.support(id, bob);
        assertThat(repo.find(id).orElseThrow().supports()).isEqualTo(2);
        assertThat(repo.hasSupported(id, bob)).isTrue();

        LocalDate today = LocalDate.of(2026, 5, 1);
        assertThat(repo.markThresholdReached(id, today)).isTrue();
        assertThat(repo.markThresholdReached(id, today)).isFalse();
        Petition p = repo.find(id).orElseThrow();
        assertThat(p.status()).isEqualTo(Petition.AWAITING);
        assertThat(p.answerDueOn()).isEqualTo(today.plusDays(10));
        assertThat(p.overdue(today.plusDays(11))).isTrue();

        assertThat(repo.answer(id, Petition.DECLINED, "No budget this year", null))
                .isTrue();
        assertThat(repo.answer(id, Petition.DECLINED, "Again", null)).isFalse();
        assertThat(repo.find(id).orElseThrow().declineReasons()).isEqualTo("No budget this year");
        assertThat(repo.all(10)).hasSize(1);
    }
}
