package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CocreaTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Cocrea.dispatch(
                List.of(args),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsEverySubcommand() {
        assertThat(run("help")).isZero();
        String text = out.toString(StandardCharsets.UTF_8);
        Cocrea.SUBCOMMANDS.forEach(s -> assertThat(text).contains(s.name()));
    }

    @Test
    void unknownSubcommandIsExplainedWithoutStackTrace() {
        assertThat(run("frobnicate")).isEqualTo(64);
        assertThat(err.toString(StandardCharsets.UTF_8))
                .contains("unknown subcommand 'frobnicate'")
                .doesNotContain("Exception");
    }
}
