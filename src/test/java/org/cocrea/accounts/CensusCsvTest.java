package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.cocrea.platform.Refused;
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
        assertThatThrownBy(() -> CensusCsv.read(bytes(input))).isInstanceOfSatisfying(Refused.class, r -> {
            assertThat(r.field()).isEqualTo("file");
            assertThat(r.key()).isEqualTo(key);
            assertThat(CensusCsv.line(r)).isEqualTo(line);
        });
    }

    @Test
    void refusesEmptyTooLongBadEncodingAndTooLarge() {
        assertThatThrownBy(() -> CensusCsv.read(new byte[0]))
                .isInstanceOf(Refused.class)
                .hasMessage("residents.csv.empty");
        assertThatThrownBy(() -> CensusCsv.read(bytes("\n  \n# only a comment\n")))
                .isInstanceOf(Refused.class)
                .hasMessage("residents.csv.empty");
        assertThatThrownBy(() -> CensusCsv.read(bytes("X".repeat(65))))
                .isInstanceOf(Refused.class)
                .hasMessage("residents.csv.identifier");
        byte[] latin1 = "OK1\nCITTÀ\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> CensusCsv.read(latin1))
                .isInstanceOf(Refused.class)
                .hasMessage("residents.csv.encoding")
                .satisfies(e -> assertThat(CensusCsv.line((Refused) e)).isEqualTo(2));
        assertThatThrownBy(() -> CensusCsv.read(new byte[CensusCsv.MAX_BYTES + 1]))
                .isInstanceOf(Refused.class)
                .hasMessage("residents.csv.tooLarge");
    }
}
