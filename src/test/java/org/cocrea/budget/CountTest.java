package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.voting.Rule;
import org.cocrea.voting.VotingCommands;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CountTest {
    static final Budget BUDGET = new Budget(
            7, 1, 100_000_00L, "EUR", BallotType.KNAPSACK, Rule.MES, null, null, null, null, BallotStatus.CLOSED);
    static final List<BudgetProject> PROJECTS = List.of(
            new BudgetProject(11, 7, 1, "Lanes", "", 60_000_00L, "mobility"),
            new BudgetProject(12, 7, 2, "Racks", "", 30_000_00L, null),
            new BudgetProject(13, 7, 3, "Lights", "", 40_000_00L, "safety"));
    static final List<java.util.SortedMap<Long, Integer>> BALLOTS = List.of(
            TestBudgets.choice(11L, 12L),
            TestBudgets.choice(13L),
            TestBudgets.choice(11L),
            TestBudgets.choice(11L, 12L),
            TestBudgets.choice(11L),
            TestBudgets.choice(11L, 12L));

    @Test
    void equalSharesFundsWhatEnoughVotersCanPayAndShowsWhatEachGroupPaid() {
        var results = Count.results(BUDGET, PROJECTS, BALLOTS);

        // Six voters hold 16,666.67 each: five lanes voters pay 12,000 each; racks' three can no longer pay.
        assertThat(results.selected()).extracting(BudgetProject::title).containsExactly("Lanes");
        assertThat(results.used()).isEqualByComparingTo("60000");
        assertThat(results.voters()).isEqualTo(6);
        assertThat(results.projects()).extracting(Results.Row::votes).containsExactly(5L, 3L, 1L);
        assertThat(results.groups()).extracting(Results.Group::voters).containsExactly(3L, 2L, 1L);
        var first = results.groups().get(0);
        assertThat(first.titles()).containsExactly("Lanes", "Racks");
        assertThat(first.paidEach()).isEqualByComparingTo(new BigDecimal("12000"));
        assertThat(first.paidTotal()).isEqualByComparingTo(new BigDecimal("36000"));
        assertThat(results.groups().get(2).paidEach()).isZero();
    }

    @Test
    void noBallotsFundNothing() {
        var results = Count.results(BUDGET, PROJECTS, List.of());
        assertThat(results.selected()).isEmpty();
        assertThat(results.hasPayments()).isFalse();
    }

    @Test
    void theExportIsAPabulibFileTheEngineCountsTheSameWay(@TempDir Path dir) throws Exception {
        var results = Count.results(BUDGET, PROJECTS, BALLOTS);
        Path file = dir.resolve("budget.pb");
        Files.writeString(file, PabulibExport.of("Percorsi; ciclabili", results, BALLOTS));
        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();

        int code = VotingCommands.pb(
                List.of(file.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(code).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo("11");
        assertThat(Files.readString(file))
                .contains("rule;equalshares")
                .contains("description;Percorsi, ciclabili")
                .contains("1;11\n");
    }
}
