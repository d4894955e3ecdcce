package org.cocrea.opinions.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The polis method on the eight real Polis conversations in {@code ../shared/data/polis}: the adjusted Rand index
 * against the groups Polis published, asserted slightly below what was measured (ADR 0016 has the table), so that
 * a regression fails. Every export also parses and the cocrea method runs on it.
 */
class PolisConversationsTest {

    static final Path DATA = Path.of("../shared/data/polis");

    static Stream<Arguments> conversations() {
        return Stream.of(
                Arguments.of("vtaiwan.uberx", 0.85),
                Arguments.of("canadian-electoral-reform", 0.95),
                Arguments.of("brexit-consensus", 0.82),
                Arguments.of("15-per-hour-seattle", 0.70),
                Arguments.of("american-assembly.bowling-green", 0.50),
                Arguments.of("scoop-hivemind.ubi", 0.15),
                Arguments.of("bg2050-volunteers", 0.64),
                Arguments.of("london.youth.policing", 0.10));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("conversations")
    void polisMethodReproducesThePublishedGroups(String name, double least) {
        if (!Files.isDirectory(DATA)) {
            if (org.cocrea.testing.TestDatabases.isCi()) {
                fail("Polis data missing at " + DATA.toAbsolutePath());
            }
            assumeTrue(false, "Polis data not available at " + DATA.toAbsolutePath());
        }
        PolisExport.Export export = PolisExport.read(DATA.resolve(name));
        Conversation conversation = export.conversation();
        OpinionMap polis = Analysis.analyse(conversation, Method.POLIS, 0, export.moderatedOut());
        Double ari = Ari.versusPublished(conversation, polis, export.publishedGroups());
        OpinionMap cocrea = Analysis.analyse(conversation, Method.COCREA, 0, export.moderatedOut());
        Double cocreaAri = Ari.versusPublished(conversation, cocrea, export.publishedGroups());
        System.out.printf(
                "%s: polis %d groups, ARI %.3f; cocrea %d groups, ARI %.3f%n",
                name, polis.groups().size(), ari, cocrea.groups().size(), cocreaAri);
        assertThat(ari).isNotNull().isGreaterThanOrEqualTo(least);
        assertThat(cocrea.groups()).hasSizeGreaterThanOrEqualTo(2);
    }
}
