package org.cocrea.voting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every real file parses in full, including those pb-check skips after reading their head
 * (ordinal ballots, rules that cannot be reproduced).
 */
class PabulibParseAllTest {

    static final Path DATA = Path.of("../shared/data/pabulib");

    @Test
    void everyRealFileParses() throws Exception {
        if (!Files.isDirectory(DATA)) {
            if (org.cocrea.testing.TestDatabases.isCi()) {
                fail("Pabulib data missing at " + DATA.toAbsolutePath());
            }
            assumeTrue(false, "Pabulib data not available at " + DATA.toAbsolutePath());
        }
        List<Path> files;
        try (Stream<Path> listing = Files.list(DATA)) {
            files = listing.filter(p -> p.toString().endsWith(".pb")).toList();
        }
        assertThat(files).hasSizeGreaterThan(1000);
        for (Path file : files) {
            PabulibFile parsed = PabulibParser.parse(file);
            assertThat(parsed.election().voterCount()).as(file.toString()).isPositive();
            assertThat(parsed.election().projects()).as(file.toString()).isNotEmpty();
        }
    }
}
