package org.cocrea.voting.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class PbCommandTest {

    // Budget 100; A 60 (3 votes), B 50 (2), C 40 (1): greedy A, C; MES picks differently below.
    static final String ELECTION = "META\nkey;value\nbudget;100\nvote_type;approval\nrule;%s\n"
            + "PROJECTS\nproject_id;cost;selected\nA;60;1\nB;50;0\nC;40;1\n"
            + "VOTES\nvoter_id;vote\n1;A,B\n2;A,B\n3;A,C\n";

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    Run pb(String... args) {
        return run(PbCommand::run, args);
    }

    static Run run(org.cocrea.voting.cli.PbCommandTest.Tool tool, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = tool.run(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    interface Tool {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    Path write(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    @Test
    void printsTheSelectionOfTheFilesOwnRule() throws IOException {
        Path file = write("e.pb", ELECTION.formatted("greedy"));
        Run run = pb(file.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).isEqualTo("A\nC\n".replace("\n", System.lineSeparator()));
    }

    @Test
    void ruleOptionOverridesTheFile() throws IOException {
        // MES: 3 voters with 100/3 each. A: q=20 (ratio 1/3); after A each keeps 40/3.
        // B: two voters hold 80/3 < 50; C: one voter 40/3 < 40. So only A.
        Path file = write("e.pb", ELECTION.formatted("greedy"));
        assertThat(pb(file.toString(), "--rule", "mes").out().strip()).isEqualTo("A");
    }

    @Test
    void jsonHasRuleBudgetSelectionAndCost() throws IOException {
        Path file = write("e.pb", ELECTION.formatted("greedy"));
        Run run = pb("--json", file.toString());
        assertThat(run.out().strip())
                .isEqualTo("{\"rule\":\"greedy\",\"budget\":100,\"selected\":[\"A\",\"C\"],\"totalCost\":100}");
    }

    @ParameterizedTest
    @CsvSource({"unknown", "greedy-custom", "greedy-exclusive"})
    void rulesThatCannotBeReproducedExitWith3(String rule) throws IOException {
        Path file = write("e.pb", ELECTION.formatted(rule));
        Run run = pb(file.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("e.pb").contains("cannot be reproduced");
    }

    @Test
    void ordinalBallotsExitWith3() throws IOException {
        Path file = write("e.pb", ELECTION.formatted("greedy").replace("approval", "ordinal"));
        assertThat(pb(file.toString()).code()).isEqualTo(3);
    }

    static Stream<Arguments> malformed() {
        String good = ELECTION.formatted("greedy");
        return Stream.of(
                Arguments.of(good.substring(0, good.indexOf("PROJECTS")), "bad.pb:5: missing PROJECTS section"),
                Arguments.of(good.replace("1;A,B", "1;A,Z"), "bad.pb:13: unknown project 'Z' in vote"),
                Arguments.of(good.replace("voter_id;vote", "voter_id;ballot"), "bad.pb:12: VOTES header has no 'vote'"),
                Arguments.of(good.replace("1;A,B", "1;\"A,B"), "bad.pb:13: bad quoting"),
                Arguments.of(good.replace("B;50;0", "B;fifty;0"), "bad.pb:9: cost of project 'B' is not a number"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedFilesExitWith2NamingFileAndLine(String text, String message) throws IOException {
        Path file = write("bad.pb", text);
        Run run = pb(file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("pb: " + message);
        assertThat(run.err().lines().count()).isEqualTo(1);
        assertThat(run.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void nonNumericCostExitsWith2() throws IOException {
        Path file = write("bad.pb", ELECTION.formatted("greedy").replace("B;50;0", "B;fifty;0"));
        Run run = pb(file.toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("pb: bad.pb:9: cost of project 'B' is not a number: 'fifty'");
    }

    @Test
    void usageErrors() {
        assertThat(pb().code()).isEqualTo(64);
        assertThat(pb("x.pb", "--frobnicate").code()).isEqualTo(64);
        assertThat(pb("x.pb", "--rule", "borda").code()).isEqualTo(64);
        Run missing = pb(dir.resolve("nope.pb").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
    }

    @Test
    void checkReportsMismatchesAndCounts() throws IOException {
        write("ok.pb", ELECTION.formatted("greedy"));
        write("wrong.pb", ELECTION.formatted("greedy").replace("C;40;1", "C;40;0"));
        write("skip.pb", ELECTION.formatted("unknown"));
        Run run = run(PbCheckCommand::run, dir.toString());
        assertThat(run.code()).isEqualTo(1);
        List<String> lines = new ArrayList<>(run.out().lines().toList());
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("FAIL wrong.pb: greedy selected [A, C], file says [A]");
        assertThat(lines.get(1)).isEqualTo("1 passed, 1 failed, 1 skipped");
    }

    @Test
    void checkWithoutFailuresExitsWith0() throws IOException {
        write("ok.pb", ELECTION.formatted("greedy"));
        Run run = run(PbCheckCommand::run, dir.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out().strip()).isEqualTo("1 passed, 0 failed, 0 skipped");
        assertThat(run(PbCheckCommand::run).code()).isEqualTo(64);
        assertThat(run(PbCheckCommand::run, dir.resolve("none").toString()).code())
                .isEqualTo(2);
    }
}
