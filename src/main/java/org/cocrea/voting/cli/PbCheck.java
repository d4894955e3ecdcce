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
import org.cocrea.voting.VoteType;
import org.cocrea.voting.pabulib.PabulibFile;
import org.cocrea.voting.pabulib.PabulibFormatException;
import org.cocrea.voting.pabulib.PabulibParser;
import org.cocrea.voting.pabulib.PabulibPreview;

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

    /**
     * Checks one file against its PROJECTS {@code selected} column. The votes are read only when
     * the head of the file shows a rule to reproduce and a selection to compare with.
     */
    public static FileResult checkFile(Path file) {
        String name = file.getFileName().toString();
        try {
            PabulibPreview head = PabulibParser.preview(file);
            Optional<String> skip = skipReason(head);
            if (skip.isPresent()) {
                return new FileResult(name, Status.SKIPPED, skip.get());
            }
            return compare(name, Rule.fromPabulib(head.rule()).orElseThrow(), PabulibParser.parse(file));
        } catch (PabulibFormatException e) {
            return new FileResult(name, Status.FAILED, e.getMessage());
        } catch (IOException e) {
            return new FileResult(name, Status.FAILED, "cannot read: " + e.getMessage());
        }
    }

    private static Optional<String> skipReason(PabulibPreview head) {
        if (Rule.fromPabulib(head.rule()).isEmpty()) {
            return Optional.of("rule '" + head.rule() + "'");
        }
        if (!head.hasSelected()) {
            return Optional.of("no selected column");
        }
        if (head.voteType() == VoteType.ORDINAL) {
            return Optional.of("ordinal ballots");
        }
        return Optional.empty();
    }

    private static FileResult compare(String name, Rule rule, PabulibFile parsed) {
        Outcome outcome;
        try {
            outcome = rule.select(parsed.election());
        } catch (UnsupportedElectionException e) {
            return new FileResult(name, Status.SKIPPED, e.getMessage());
        }
        Set<String> got = new HashSet<>(outcome.selectedIds(parsed.election()));
        Set<String> expected = parsed.selected().orElseThrow();
        if (got.equals(expected)) {
            return new FileResult(name, Status.PASSED, "");
        }
        return new FileResult(
                name,
                Status.FAILED,
                rule.cliName() + " selected " + new TreeSet<>(got) + ", file says " + new TreeSet<>(expected));
    }
}
