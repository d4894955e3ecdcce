package org.cocrea.voting;

import java.io.PrintStream;
import java.util.List;
import org.cocrea.voting.cli.PbCheckCommand;
import org.cocrea.voting.cli.PbCommand;

/** The voting module's command-line tools, as the entry point sees them. */
public final class VotingCommands {
    private VotingCommands() {}

    /** {@code pb FILE.pb [--rule R] [--json]}: the selected projects of one election. */
    public static int pb(List<String> args, PrintStream out, PrintStream err) {
        return PbCommand.run(args, out, err);
    }

    /** {@code pb-check DIR}: reproduces the official selections of every file in a folder. */
    public static int pbCheck(List<String> args, PrintStream out, PrintStream err) {
        return PbCheckCommand.run(args, out, err);
    }
}
