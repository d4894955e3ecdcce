package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.testing.TestDatabase;
import org.cocrea.voting.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

class BudgetRepositoryTest {

    static final BudgetRepository.Settings KNAPSACK =
            new BudgetRepository.Settings(100_000_00L, "EUR", BallotType.KNAPSACK, Rule.MES, null, null, null, null);

    /** An organisation, an initiative and a budget tool instance; returns the instance id. */
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
                VALUES ((SELECT id FROM initiative), 'co-commissioning', 'budget', :now)
                """).param("now", now).update();
        return jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single();
    }

    /** Voters {@code voter-0..voter-(n-1)} in one statement per thousand, as the concurrency test needs many. */
    static List<Long> voters(JdbcClient jdbc, int n) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        for (int start = 0; start < n; start += 1000) {
            var sql = new StringBuilder(
                    "INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at) VALUES ");
            for (int i = start; i < Math.min(n, start + 1000); i++) {
                sql.append(i == start ? "" : ", ")
                        .append("('voter-")
                        .append(i)
                        .append("@example.org', 'Voter ")
                        .append(i)
                        .append("', 'it', 'citizen', :now, :now)");
            }
            jdbc.sql(sql.toString()).param("now", now).update();
        }
        return jdbc.sql("SELECT id FROM app_user WHERE email LIKE 'voter-%' ORDER BY id")
                .query(Long.class)
                .list();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void budgetsProjectsAndBallotsRoundTrip(TestDatabase db) {
        var budgets = new BudgetRepository(db.jdbc());
        var ballots = new BallotRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        long budget = budgets.create(instance, KNAPSACK);
        long lanes = budgets.addProject(budget, "Bike lanes", "Paint them", 60_000_00L, "mobility");
        long racks = budgets.addProject(budget, "Racks", "", 5_000_00L, null);
        var voters = voters(db.jdbc(), 3);

        ballots.add(budget, BallotRepository.Caster.voter(voters.get(0), null), TestBudgets.choice(lanes, racks));
        ballots.add(budget, BallotRepository.Caster.voter(voters.get(1), null), TestBudgets.choice(racks));

        var stored = budgets.ofInstance(instance).orElseThrow();
        assertThat(stored.currency()).isEqualTo("EUR");
        assertThat(stored.ballotType()).isEqualTo(BallotType.KNAPSACK);
        assertThat(stored.rule()).isEqualTo(Rule.MES);
        assertThat(stored.status()).isEqualTo(BallotStatus.DRAFT);
        assertThat(budgets.projects(budget)).extracting(BudgetProject::position).containsExactly(1, 2);
        assertThat(ballots.ballots(budget))
                .containsExactly(TestBudgets.choice(lanes, racks), TestBudgets.choice(racks));
        assertThat(ballots.hasVoted(budget, voters.get(0))).isTrue();
        assertThat(ballots.hasVoted(budget, voters.get(2))).isFalse();
        assertThat(budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN))
                .isTrue();
        assertThat(budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN))
                .isFalse();
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theDatabaseRefusesASecondBallotAndForeignProjects(TestDatabase db) {
        var budgets = new BudgetRepository(db.jdbc());
        var ballots = new BallotRepository(db.jdbc());
        long instance = toolInstance(db.jdbc());
        long budget = budgets.create(instance, KNAPSACK);
        long racks = budgets.addProject(budget, "Racks", "", 5_000_00L, null);
        long voter = voters(db.jdbc(), 1).get(0);
        ballots.add(budget, BallotRepository.Caster.voter(voter, null), TestBudgets.choice(racks));

        assertThatThrownBy(() -> ballots.add(budget, BallotRepository.Caster.voter(voter, null), TestBudgets.choice()))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(ballots.count(budget)).isEqualTo(1);
        // A second budget on the same instance, negative costs and bad ballot types are refused too.
        assertThatThrownBy(() -> budgets.create(instance, KNAPSACK))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> budgets.addProject(budget, "Free", "", -1, null))
                .isInstanceOf(DataIntegrityViolationException.class);
    }
}
