package org.cocrea.voting.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.cocrea.voting.Election;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Rule;
import org.cocrea.voting.UnsupportedElectionException;
import org.cocrea.voting.pabulib.PabulibFile;
import org.cocrea.voting.pabulib.PabulibFormatException;
import org.cocrea.voting.pabulib.PabulibParser;

/** {@code pb FILE.pb [--rule R] [--json]}: the projects a rule selects, in selection order. */
public final class PbCommand {

    static final int USAGE = 64;
    static final int MALFORMED = 2;
    static final int UNSUPPORTED = 3;

    private PbCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        String file = null;
        String ruleName = null;
        boolean json = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.equals("--json")) {
                json = true;
            } else if (arg.equals("--rule") && i + 1 < args.size()) {
                ruleName = args.get(++i);
            } else if (arg.startsWith("--rule=")) {
                ruleName = arg.substring("--rule=".length());
            } else if (arg.startsWith("-") || file != null) {
                return usage(err, "unexpected argument '" + arg + "'");
            } else {
                file = arg;
            }
        }
        if (file == null) {
            return usage(err, "missing FILE.pb");
        }
        Optional<Rule> forced = Optional.empty();
        if (ruleName != null) {
            forced = Rule.fromName(ruleName);
            if (forced.isEmpty()) {
                return usage(err, "unknown rule '" + ruleName + "'");
            }
        }
        return select(Path.of(file), forced, json, out, err);
    }

    private static int select(Path path, Optional<Rule> forced, boolean json, PrintStream out, PrintStream err) {
        if (!Files.isRegularFile(path)) {
            err.println("pb: no such file: " + path);
            return MALFORMED;
        }
        PabulibFile parsed;
        try {
            parsed = PabulibParser.parse(path);
        } catch (PabulibFormatException e) {
            err.println("pb: " + e.getMessage());
            return MALFORMED;
        } catch (IOException | RuntimeException e) {
            err.println("pb: " + path.getFileName() + ": cannot read: " + e.getMessage());
            return MALFORMED;
        }
        Optional<Rule> rule = forced.or(() -> Rule.fromPabulib(parsed.rule()));
        if (rule.isEmpty()) {
            err.println("pb: " + path.getFileName() + ": rule '" + parsed.rule() + "' cannot be reproduced");
            return UNSUPPORTED;
        }
        Election election = parsed.election();
        Outcome outcome;
        try {
            outcome = rule.get().select(election);
        } catch (UnsupportedElectionException e) {
            err.println("pb: " + path.getFileName() + ": " + e.getMessage() + "; cannot be reproduced");
            return UNSUPPORTED;
        }
        if (json) {
            out.println(Json.outcome(election, outcome));
        } else {
            outcome.selectedIds(election).forEach(out::println);
        }
        return 0;
    }

    private static int usage(PrintStream err, String problem) {
        err.println("pb: " + problem);
        err.println("usage: pb FILE.pb [--rule greedy|greedy-threshold|greedy-no-skip|mes|mes-add1"
                + "|mes-add1-comparison|phragmen] [--json]");
        return USAGE;
    }
}
