package org.cocrea.voting.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code pb-check DIR}: one line per mismatch, then a summary; exit 1 if anything failed. */
public final class PbCheckCommand {

    private PbCheckCommand() {}

    public static int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.size() != 1 || args.get(0).startsWith("-")) {
            err.println("pb-check: expected exactly one argument, a folder of .pb files");
            err.println("usage: pb-check DIR");
            return PbCommand.USAGE;
        }
        Path dir = Path.of(args.get(0));
        if (!Files.isDirectory(dir)) {
            err.println("pb-check: no such folder: " + dir);
            return PbCommand.MALFORMED;
        }
        List<PbCheck.FileResult> results;
        try {
            results = PbCheck.check(dir);
        } catch (IOException e) {
            err.println("pb-check: cannot list " + dir + ": " + e.getMessage());
            return PbCommand.MALFORMED;
        }
        int[] counts = new int[PbCheck.Status.values().length];
        for (PbCheck.FileResult result : results) {
            counts[result.status().ordinal()]++;
            if (result.status() == PbCheck.Status.FAILED) {
                out.println("FAIL " + result.file() + ": " + result.detail());
            }
        }
        out.println(counts[0] + " passed, " + counts[1] + " failed, " + counts[2] + " skipped");
        return counts[1] == 0 ? 0 : 1;
    }
}
