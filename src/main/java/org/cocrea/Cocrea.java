package org.cocrea;

import java.io.PrintStream;
import java.util.List;

/**
 * The single entry point. Without a subcommand it serves the web application; with one it runs a
 * command-line tool. Subcommands must not touch Spring so that they start in milliseconds, which is
 * why this class refers to the web application only by name inside {@link #serve}; the one exception,
 * {@code demo-data}, starts Spring itself (without the web server) inside its own class.
 */
public final class Cocrea {

    /** A command-line tool: returns the process exit code. */
    @FunctionalInterface
    public interface Tool {
        int run(List<String> args, PrintStream out, PrintStream err);
    }

    record Subcommand(String name, String usage, String summary, Tool tool) {}

    static final List<Subcommand> SUBCOMMANDS = List.of(
            new Subcommand("help", "help", "list the subcommands", (args, out, err) -> help(out)),
            new Subcommand(
                    "pb",
                    "pb FILE.pb [--rule R] [--json]",
                    "select projects of a Pabulib election",
                    org.cocrea.voting.VotingCommands::pb),
            new Subcommand(
                    "pb-check",
                    "pb-check DIR",
                    "reproduce the official selections of Pabulib files",
                    org.cocrea.voting.VotingCommands::pbCheck),
            new Subcommand(
                    "opinions",
                    "opinions DIR [--method polis|cocrea] [--seed N] [--json]",
                    "find the opinion groups of a Polis export folder",
                    org.cocrea.opinions.analysis.OpinionsCommand::run),
            new Subcommand(
                    "demo-data",
                    "demo-data --scale small|city|region [--seed N]",
                    "fill the configured database with a synthetic city (starts Spring, no web server)",
                    org.cocrea.demodata.DemoDataCommand::run));

    private Cocrea() {}

    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("-")) {
            serve(args);
            return;
        }
        int code = dispatch(List.of(args), System.out, System.err);
        System.out.flush();
        System.exit(code);
    }

    static int dispatch(List<String> args, PrintStream out, PrintStream err) {
        String name = args.get(0);
        for (Subcommand subcommand : SUBCOMMANDS) {
            if (subcommand.name().equals(name)) {
                return subcommand.tool().run(args.subList(1, args.size()), out, err);
            }
        }
        err.println("cocrea: unknown subcommand '" + name + "'. Run 'java -jar cocrea.jar help' for the list.");
        return 64;
    }

    static int help(PrintStream out) {
        out.println("Cocrea — co-production platform for public services and citizens");
        out.println();
        out.println("Usage:");
        out.println(
                "  java -jar cocrea.jar [--server.port=8080] [--spring.option=value ...]   serve the web application");
        out.println(
                "  java -jar cocrea.jar <subcommand> [arguments]                            run a command-line tool");
        out.println();
        out.println("Subcommands:");
        for (Subcommand subcommand : SUBCOMMANDS) {
            out.printf("  %-34s %s%n", subcommand.usage(), subcommand.summary());
        }
        return 0;
    }

    private static void serve(String[] args) {
        CocreaApplication.run(args);
    }
}
