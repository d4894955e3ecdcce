package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hostile census lists: each is refused as a whole, naming the line. */
class CensusCsvTest {
    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void normalisesDeduplicatesAndSkipsBlankAndCommentLines() {
        assertThat(CensusCsv.read(bytes("\uFEFFabc123\r\n\"def456\"\r\n ABC123 \n\n# header comment\n")))
                .containsExactly("ABC123", "DEF456");
    }

    @ParameterizedTest
    @CsvSource(
            delimiterString = "|",
            value = {
                "AAA111\\nBBB,CCC|residents.csv.columns|2",
                "AAA111;X|residents.csv.columns|1",
                "AAA111\\n\\nA\\tB|residents.csv.columns|3",
                "AAA111\\n\"ab\"c\"|residents.csv.identifier|2",
                "AAA111\\nAB\\u0000C|residents.csv.identifier|2",
            })
    void refusesBadLines(String text, String key, int line) {
        String input = text.replace("\\n", "\n").replace("\\t", "\t").replace("\\u0000", "\u0000");
        assertThatThrownBy(() -> CensusCsv.read(bytes(input))).isInstanceOfSatisfying(CensusCsv.Refused.class, r -> {
            assertThat(r.key).isEqualTo(key);
            assertThat(r.line).isEqualTo(line);
        });
    }

    @Test
    void refusesEmptyTooLongBadEncodingAndTooLarge() {
        assertThatThrownBy(() -> CensusCsv.read(new byte[0])).hasFieldOrPropertyWithValue("key", "residents.csv.empty");
        assertThatThrownBy(() -> CensusCsv.read(bytes("\n  \n# only a comment\n")))
                .hasFieldOrPropertyWithValue("key", "residents.csv.empty");
        assertThatThrownBy(() -> CensusCsv.read(bytes("X".repeat(65))))
                .hasFieldOrPropertyWithValue("key", "residents.csv.identifier");
        byte[] latin1 = "OK1\nCITTÀ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CensusCsv.read(latin1))
                .hasFieldOrPropertyWithValue("key", "residents.csv.encoding")
                .hasFieldOrPropertyWithValue("line", 2);
        assertThatThrownBy(() -> CensusCsv.read(new byte[CensusCsv.MAX_BYTES + 1]))
                .hasFieldOrPropertyWithValue("key", "residents.csv.tooLarge");
    }
}
