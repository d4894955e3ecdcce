package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The entry point routes {@code pb} and {@code pb-check} to the voting tools. */
class PbSubcommandsTest {

    @TempDir
    Path dir;

    @Test
    void pbAndPbCheckAreSubcommands() throws IOException {
        Path file = Files.writeString(
                dir.resolve("e.pb"),
                "META\nkey;value\nbudget;10\nvote_type;approval\nrule;greedy\n"
                        + "PROJECTS\nproject_id;cost;selected\nx;10;1\nVOTES\nvoter_id;vote\n1;x\n");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream print = new PrintStream(out, true, StandardCharsets.UTF_8);
        assertThat(Cocrea.dispatch(List.of("pb", file.toString()), print, print))
                .isZero();
        assertThat(Cocrea.dispatch(List.of("pb-check", dir.toString()), print, print))
                .isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("x").contains("1 passed, 0 failed, 0 skipped");
    }
}
