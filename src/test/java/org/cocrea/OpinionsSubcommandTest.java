package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.cocrea.opinions.analysis.Method;
import org.cocrea.opinions.analysis.Planted;
import org.cocrea.opinions.analysis.PolisExport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point routes {@code opinions} to the opinion analysis: JSON, summary, errors and exit codes. */
class OpinionsSubcommandTest {

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cocrea.dispatch(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private Path export() {
        Planted planted = Planted.generate(Planted.shape(400, 50, 2), 4);
        java.util.Map<String, Integer> groups = new java.util.HashMap<>();
        for (int p = 0; p < planted.group().length; p++) {
            groups.put(planted.conversation().participants().get(p), planted.group()[p]);
        }
        java.util.List<PolisExport.Statement> statements = planted.conversation().statements().stream()
                .map(id -> new PolisExport.Statement(id, "0", "Statement \"" + id + "\"", 1))
                .toList();
        PolisExport.write(new PolisExport.Export(planted.conversation(), statements, groups), dir);
        return dir;
    }

    @Test
    void printsTheJsonShapeOfTheIssue() {
        Path folder = export();
        for (Method method : Method.values()) {
            out.reset();
            assertThat(run(
                            "opinions",
                            folder.toString(),
                            "--method",
                            method.name().toLowerCase(),
                            "--seed",
                            "3",
                            "--json"))
                    .isZero();
            String json = out.toString(StandardCharsets.UTF_8).strip();
            assertThat(json)
                    .matches(Pattern.compile(
                            "\\{\"method\":\"" + method.name().toLowerCase()
                                    + "\",\"participants\":400,\"clustered\":\\d+,\"groups\":\\[\\{\"id\":0,\"members\":\\[\""
                                    + ".*\\],\"consensus\":\\[.*\\],\"divisive\":\\[.*\\],\"ariVsExport\":0\\.\\d+\\}",
                            Pattern.DOTALL))
                    .contains("\"representative\":[{\"statement\":\"")
                    .contains("\"direction\":\"");
            double ari = Double.parseDouble(json.replaceAll(".*\"ariVsExport\":([0-9.]+)}", "$1"));
            assertThat(ari).isGreaterThan(0.6);
        }
    }

    @Test
    void withoutJsonASummaryAndNullAriWithoutPublishedGroups() throws IOException {
        Path folder = export();
        String matrix = Files.readString(folder.resolve("participants-votes.csv"));
        Files.writeString(folder.resolve("participants-votes.csv"), matrix.replaceAll("(?m)^(\\d+),\\d+,", "$1,,"));
        assertThat(run("opinions", folder.toString())).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("Method cocrea: 400 participants")
                .contains("Group 0:")
                .contains("Consensus")
                .contains("none published");
        out.reset();
        assertThat(run("opinions", folder.toString(), "--json")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("\"ariVsExport\":null}");
    }

    @Test
    void aMalformedExportIsOneLineNamingFileAndLineWithExitCode2() throws IOException {
        Path folder = export();
        Path matrix = folder.resolve("participants-votes.csv");
        List<String> lines = new java.util.ArrayList<>(Files.readAllLines(matrix));
        lines.set(3, lines.get(3) + ",1");
        Files.write(matrix, lines);
        assertThat(run("opinions", folder.toString(), "--json")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .isEqualTo("opinions: participants-votes.csv, line 4: the row has 57 values, the header 56\n")
                .doesNotContain("Exception");
        assertThat(out.toString(StandardCharsets.UTF_8)).isEmpty();

        err.reset();
        Files.delete(folder.resolve("comments.csv"));
        assertThat(run("opinions", folder.toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("opinions: comments.csv: the file is missing");
    }

    @Test
    void badArgumentsAreUsageErrors() {
        assertThat(run("opinions")).isEqualTo(64);
        assertThat(run("opinions", dir.toString(), "--method", "magic")).isEqualTo(64);
        assertThat(run("opinions", dir.toString(), "--seed", "x")).isEqualTo(64);
        assertThat(run("opinions", dir.resolve("nowhere").toString())).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("usage: opinions DIR");
    }
}
