package org.cocrea.voting.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.cocrea.voting.Outcome;
import org.cocrea.voting.Rule;
import org.cocrea.voting.UnsupportedElectionException;
import org.cocrea.voting.pabulib.PabulibFile;
import org.cocrea.voting.pabulib.PabulibFormatException;
import org.cocrea.voting.pabulib.PabulibParser;

/** Reproduces the official selection of every Pabulib file in a folder. */
public final class PbCheck {

    /** How one file fared. */
    public enum Status {
        PASSED,
        FAILED,
        SKIPPED
    }

    /** One file's result; {@code detail} explains a failure or a skip. */
    public record FileResult(String file, Status status, String detail) {}

    private PbCheck() {}

    /** Checks every {@code .pb} file in {@code dir}, using all cores; results in file-name order. */
    public static List<FileResult> check(Path dir) throws IOException {
        List<Path> files;
        try (Stream<Path> listing = Files.list(dir)) {
            files = listing.filter(p -> p.getFileName().toString().endsWith(".pb"))
                    .sorted()
                    .toList();
        }
        // Files are independent; a parallel stream keeps the results in file order.
        return files.parallelStream().map(PbCheck::checkFile).toList();
    }

    /** Checks one file against its PROJECTS {@code selected} column. */
    public static FileResult checkFile(Path file) {
        String name = file.getFileName().toString();
        PabulibFile parsed;
        try {
            parsed = PabulibParser.parse(file);
        } catch (PabulibFormatException e) {
            return new FileResult(name, Status.FAILED, e.getMessage());
        } catch (IOException e) {
            return new FileResult(name, Status.FAILED, "cannot read: " + e.getMessage());
        }
        Optional<Rule> rule = Rule.fromPabulib(parsed.rule());
        if (rule.isEmpty()) {
            return new FileResult(name, Status.SKIPPED, "rule '" + parsed.rule() + "'");
        }
        if (parsed.selected().isEmpty()) {
            return new FileResult(name, Status.SKIPPED, "no selected column");
        }
        Outcome outcome;
        try {
            outcome = rule.get().select(parsed.election());
        } catch (UnsupportedElectionException e) {
            return new FileResult(name, Status.SKIPPED, e.getMessage());
        }
        Set<String> got = new HashSet<>(outcome.selectedIds(parsed.election()));
        Set<String> expected = parsed.selected().get();
        if (got.equals(expected)) {
            return new FileResult(name, Status.PASSED, "");
        }
        return new FileResult(
                name,
                Status.FAILED,
                rule.get().cliName() + " selected " + new TreeSet<>(got) + ", file says " + new TreeSet<>(expected));
    }
}
