package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The packaged jar's subcommands answer without starting Spring: no application context class is even loaded.
 * (Their wall time is measured by bench/cli/help.sh, not here.)
 */
class CommandLineIT {

    private static Result run(String... args) throws Exception {
        var command = new java.util.ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java", "-Xlog:class+load=info", "-jar", jar().getPath()));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Result(process.exitValue(), output);
    }

    private static File jar() {
        var jar = new File("target/cocrea.jar");
        assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
        return jar;
    }

    record Result(int exitCode, String output) {
        List<String> loadedClasses() {
            return output.lines()
                    .filter(line -> line.contains("[class,load]"))
                    .map(line -> line.replaceAll(".*\\[class,load\\] (\\S+).*", "$1"))
                    .toList();
        }

        String printed() {
            return String.join(
                    "\n",
                    output.lines()
                            .filter(line -> !line.contains("[class,load]"))
                            .toList());
        }
    }

    @Test
    void helpListsTheSubcommandsWithoutLoadingSpring() throws Exception {
        var help = run("help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.printed()).contains("Subcommands:", "pb FILE.pb", "pb-check DIR", "demo-data");
        assertThat(help.loadedClasses())
                .as("the jar launcher runs, and then only Cocrea's own command classes")
                .contains("org.cocrea.Cocrea")
                .noneMatch(name -> name.startsWith("org.springframework.context."))
                .noneMatch(name -> name.startsWith("org.springframework.boot.SpringApplication"))
                .noneMatch(name -> name.startsWith("org.springframework.web."));
    }

    @Test
    void anUnknownSubcommandIsExplainedWithExitCode64() throws Exception {
        var unknown = run("frobnicate");
        assertThat(unknown.exitCode()).isEqualTo(64);
        assertThat(unknown.printed())
                .contains("unknown subcommand 'frobnicate'")
                .doesNotContain("\tat ");
        assertThat(unknown.loadedClasses()).noneMatch(name -> name.startsWith("org.springframework.context."));
    }
}
