package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.TreeMap;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.VotingCodes;
import org.cocrea.testing.TestDatabase;
import org.cocrea.voting.Rule;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

/** Codes, replaced ballots, cumulative points and paper ballots on H2 and PostgreSQL. */
class ChannelsRepositoryTest {
    static final BudgetRepository.Settings CUMULATIVE = new BudgetRepository.Settings(
            100_000_00L,
            "EUR",
            BallotType.CUMULATIVE,
            Rule.GREEDY,
            null,
            null,
            null,
            null,
            Eligibility.REGISTERED,
            10,
            5,
            null,
            false);

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void aCodeIsUsedOnceAndItsBallotHasNoVoter(TestDatabase db) {
        var jdbc = db.jdbc();
        var budgets = new BudgetRepository(jdbc);
        var codes = new CodeRepository(jdbc);
        var ballots = new BallotRepository(jdbc);
        long instance = BudgetRepositoryTest.toolInstance(jdbc);
        long budget = budgets.create(instance, BudgetRepositoryTest.KNAPSACK);
        long racks = budgets.addProject(budget, "Racks", "", 5_000_00L, null);
        long staff = BudgetRepositoryTest.voters(jdbc, 1).get(0);
        String hash = VotingCodes.hash("ABCDE23456");
        codes.add(budget, hash, staff);
        assertThatThrownBy(() -> codes.add(budget, hash, staff)).isInstanceOf(DuplicateKeyException.class);

        long code = codes.use(budget, hash).orElseThrow();
        assertThat(codes.use(budget, hash)).isEmpty();
        assertThat(codes.use(budget, VotingCodes.hash("ZZZZZ99999"))).isEmpty();
        assertThat(codes.counts(budget)).isEqualTo(new CodeCounts(1, 1));

        ballots.add(budget, BallotRepository.Caster.code(code), TestBudgets.choice(racks));
        assertThatThrownBy(() -> ballots.add(budget, BallotRepository.Caster.code(code), TestBudgets.choice(racks)))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM budget_ballot WHERE voter_id IS NULL AND code_id = :c")
                        .param("c", code)
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
        // Exactly one caster: a ballot with a voter and a code, or with neither, is refused by the database.
        assertThatThrownBy(() ->
                        ballots.add(budget, new BallotRepository.Caster(staff, code, null), TestBudgets.choice(racks)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() ->
                        ballots.add(budget, new BallotRepository.Caster(null, null, null), TestBudgets.choice(racks)))
                .isInstanceOf(DataIntegrityViolationException.class);
        assertThat(ballots.count(budget)).isEqualTo(1);
    }

    /** The initiative's codes as other tools see them (ADR 0033): issued here, used or not; another's are unknown. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void issuedCodesAreTheInitiativesOwn(TestDatabase db) {
        var jdbc = db.jdbc();
        var budgets = new BudgetRepository(jdbc);
        var codes = new CodeRepository(jdbc);
        long instance = BudgetRepositoryTest.toolInstance(jdbc);
        long initiative = initiativeOf(jdbc, instance);
        // another initiative of the same organisation, with a budget of its own that has no codes
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                SELECT 'Other', summary, description, organisation_id, domain, level, status, created_at,
                    last_activity_at FROM initiative WHERE id = :i
                """).param("i", initiative).update();
        long otherInitiative =
                jdbc.sql("SELECT MAX(id) FROM initiative").query(Long.class).single();
        assertThat(otherInitiative).isNotEqualTo(initiative);
        long budget = budgets.create(instance, BudgetRepositoryTest.KNAPSACK);
        long staff = BudgetRepositoryTest.voters(jdbc, 1).get(0);
        assertThat(codes.any(initiative)).isFalse();
        codes.add(budget, VotingCodes.hash("KMNPQ23456"), staff);
        codes.add(budget, VotingCodes.hash("KMNPQ23457"), staff);
        codes.use(budget, VotingCodes.hash("KMNPQ23457")).orElseThrow();
        assertThat(codes.any(initiative)).isTrue();
        assertThat(codes.issued(initiative, VotingCodes.hash("KMNPQ23456"))).isTrue();
        assertThat(codes.issued(initiative, VotingCodes.hash("KMNPQ23457")))
                .as("a code used in the budget still answers a survey")
                .isTrue();
        assertThat(codes.issued(initiative, VotingCodes.hash("KMNPQ23458"))).isFalse();
        assertThat(codes.issued(otherInitiative, VotingCodes.hash("KMNPQ23456")))
                .isFalse();
        assertThat(codes.any(otherInitiative)).isFalse();
    }

    private static long initiativeOf(JdbcClient jdbc, long instance) {
        return jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :i")
                .param("i", instance)
                .query(Long.class)
                .single();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void anEditedBallotReplacesTheOldOneAndResidentsVoteOnce(TestDatabase db) {
        var jdbc = db.jdbc();
        var budgets = new BudgetRepository(jdbc);
        var ballots = new BallotRepository(jdbc);
        long instance = BudgetRepositoryTest.toolInstance(jdbc);
        long budget = budgets.create(instance, CUMULATIVE);
        long lanes = budgets.addProject(budget, "Lanes", "", 60_000_00L, null);
        long racks = budgets.addProject(budget, "Racks", "", 5_000_00L, null);
        var voters = BudgetRepositoryTest.voters(jdbc, 2);
        var first = new TreeMap<Long, Integer>(java.util.Map.of(lanes, 5, racks, 3));
        var second = new TreeMap<Long, Integer>(java.util.Map.of(racks, 4));

        ballots.add(budget, BallotRepository.Caster.voter(voters.get(0), null), first);
        assertThat(ballots.ballotOf(budget, voters.get(0))).contains(first);
        assertThat(ballots.removeOwn(budget, voters.get(0))).isEqualTo(1);
        ballots.add(budget, BallotRepository.Caster.voter(voters.get(0), null), second);
        assertThat(ballots.count(budget)).isEqualTo(1);
        assertThat(ballots.ballots(budget)).containsExactly(second);

        String key = "a".repeat(64);
        ballots.add(budget, BallotRepository.Caster.resident(key), second);
        assertThat(ballots.hasResidentBallot(budget, key)).isTrue();
        assertThatThrownBy(() -> ballots.add(budget, BallotRepository.Caster.voter(voters.get(1), key), first))
                .isInstanceOf(DuplicateKeyException.class);
        assertThat(ballots.count(budget)).isEqualTo(2);
        // Points are at least one.
        assertThatThrownBy(() -> ballots.add(
                        budget,
                        BallotRepository.Caster.voter(voters.get(1), null),
                        new TreeMap<>(java.util.Map.of(lanes, 0))))
                .isInstanceOf(DataIntegrityViolationException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void settingsAreCheckedByTheDatabaseToo(TestDatabase db) {
        var jdbc = db.jdbc();
        var budgets = new BudgetRepository(jdbc);
        long instance = BudgetRepositoryTest.toolInstance(jdbc);
        long budget = budgets.create(instance, CUMULATIVE);
        var stored = budgets.ofInstance(instance).orElseThrow();
        assertThat(stored.ballotType()).isEqualTo(BallotType.CUMULATIVE);
        assertThat(stored.eligibility()).isEqualTo(Eligibility.REGISTERED);
        assertThat(stored.points()).isEqualTo(10);
        assertThat(stored.pointsCap()).isEqualTo(5);
        var capAbovePoints = new BudgetRepository.Settings(
                100_00L,
                "EUR",
                BallotType.CUMULATIVE,
                Rule.GREEDY,
                null,
                null,
                null,
                null,
                Eligibility.MEMBERS,
                3,
                4,
                null,
                false);
        assertThatThrownBy(() -> budgets.update(budget, capAbovePoints))
                .isInstanceOf(DataIntegrityViolationException.class);
        var shareOnApproval = new BudgetRepository.Settings(
                100_00L,
                "EUR",
                BallotType.APPROVAL,
                Rule.MES,
                null,
                null,
                null,
                null,
                Eligibility.MEMBERS,
                null,
                null,
                50,
                false);
        assertThatThrownBy(() -> budgets.update(budget, shareOnApproval))
                .isInstanceOf(DataIntegrityViolationException.class);
        var share = new BudgetRepository.Settings(
                100_00L,
                "EUR",
                BallotType.KNAPSACK,
                Rule.MES,
                null,
                null,
                null,
                null,
                Eligibility.RESIDENTS,
                null,
                null,
                50,
                false);
        budgets.update(budget, share);
        assertThat(budgets.ofInstance(instance).orElseThrow().minSpendCents()).isEqualTo(50_00L);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void paperBallotsAreLoggedWithWhoRecordedThem(TestDatabase db) {
        var jdbc = db.jdbc();
        var budgets = new BudgetRepository(jdbc);
        var ballots = new BallotRepository(jdbc);
        var codes = new CodeRepository(jdbc);
        var paper = new PaperLogRepository(jdbc);
        var box = new BallotBox(
                budgets,
                ballots,
                codes,
                paper,
                new org.cocrea.ballots.BallotBox(new DataSourceTransactionManager(db.dataSource())));
        long instance = BudgetRepositoryTest.toolInstance(jdbc);
        long budget = budgets.create(instance, BudgetRepositoryTest.KNAPSACK);
        long racks = budgets.addProject(budget, "Racks", "", 5_000_00L, null);
        budgets.setStatus(budget, BallotStatus.DRAFT, BallotStatus.OPEN);
        long staff = BudgetRepositoryTest.voters(jdbc, 1).get(0);
        codes.add(budget, VotingCodes.hash("ABCDE23456"), staff);

        assertThat(TestBudgets.refusal(() ->
                        box.castWithCode(instance, VotingCodes.hash("ABCDE23456"), TestBudgets.choice(racks), staff)))
                .isEmpty();
        assertThat(TestBudgets.refusal(() ->
                        box.castWithCode(instance, VotingCodes.hash("ABCDE23456"), TestBudgets.choice(racks), staff)))
                .hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("budget.code.used"));
        String key = "b".repeat(64);
        assertThat(TestBudgets.refusal(() -> box.castForResident(instance, key, TestBudgets.choice(racks), staff)))
                .isEmpty();
        assertThat(TestBudgets.refusal(() -> box.castForResident(instance, key, TestBudgets.choice(racks), staff)))
                .hasValueSatisfying(p -> assertThat(p.key()).isEqualTo("budget.paper.already"));
        var log = paper.entries(budget);
        assertThat(log).hasSize(2).allSatisfy(e -> assertThat(e.recordedBy()).isEqualTo(staff));
        assertThat(log).filteredOn(e -> e.codeId() != null).hasSize(1);
        assertThat(log).filteredOn(e -> key.equals(e.residentKey())).hasSize(1);
        assertThat(ballots.count(budget)).isEqualTo(2);
    }
}
