package org.cocrea.evidence.population;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

/** Reading margins: good files, and every kind of bad line refused with its line number. */
class MarginsCsvTest {
    private static List<Margin> parse(String text) {
        return MarginsCsv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> refusals(byte[] bytes) {
        try {
            MarginsCsv.parse(bytes);
        } catch (Refused r) {
            return r.problems().stream().map(p -> p.key() + List.of(p.args())).toList();
        }
        throw new AssertionError("not refused");
    }

    private static List<String> refusals(String text) {
        return refusals(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsCountsSharesAndAHeader() {
        var margins = parse("""
                \uFEFFdimension,band,value
                age,18-29,12034
                età,30 – 64,20000
                age,65+,9000

                gender,Donne,51.5%
                gender,M,"48,5 %"
                district,"  Centro   storico ",22000
                """);
        assertThat(margins)
                .extracting(
                        m -> m.dimension() + " " + m.band() + " " + m.amount().toPlainString() + " " + m.share())
                .containsExactly(
                        "AGE 18-29 12034 false",
                        "AGE 30-64 20000 false",
                        "AGE 65+ 9000 false",
                        "GENDER female 51.5 true",
                        "GENDER male 48.5 true",
                        "DISTRICT Centro storico 22000 false");
    }

    @Test
    void writesWhatItReadsBack() {
        var margins = parse("age,18-29,12\ngender,female,50%\ngender,male,50%\ndistrict,Nord,3\n");
        assertThat(MarginsCsv.parse(MarginsCsv.write(margins).getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(margins);
        assertThat(MarginsCsv.write(margins)).startsWith("\"dimension\",\"band\",\"value\"");
    }

    @Test
    void refusesBadLinesNamingEach() {
        assertThat(refusals("""
                age,18-29,100
                colour,blue,3
                age,30-40,-5
                district,Nord,10
                district,nord,12
                gender,female,51%
                gender,male,480
                age,teen,4
                gender,robot,3
                district,Sud
                age,35-50,7
                """))
                .containsExactly(
                        "population.upload.dimension[2, colour]",
                        "population.upload.negative[3]",
                        "population.upload.duplicate[5, nord]",
                        "population.upload.mixed[7]",
                        "population.upload.age[8, teen]",
                        "population.upload.gender[9, robot]",
                        "population.upload.columns[10]");
    }

    @Test
    void refusesOverlappingAgesValuesOutOfRangeAndZeroTotals() {
        assertThat(refusals("age,18-40,1\nage,30-50,2\n")).containsExactly("population.upload.overlap[2]");
        assertThat(refusals("age,18-29,12.5\n")).containsExactly("population.upload.value[1, 12.5]");
        assertThat(refusals("gender,female,101%\n")).containsExactly("population.upload.value[1, 101%]");
        assertThat(refusals("age,18-29,99999999999\n")).hasSize(1);
        assertThat(refusals("district,A,0\ndistrict,B,0\n")).containsExactly("population.upload.zero[district]");
        assertThat(refusals("age,40-18,3\n")).containsExactly("population.upload.age[1, 40-18]");
    }

    @Test
    void refusesFormulaLookingCells() {
        assertThat(refusals("district,=HYPERLINK(\"http://x\"),3\n")).containsExactly("population.upload.formula[1]");
        assertThat(refusals("@sum,a,3\n")).containsExactly("population.upload.formula[1]");
        assertThat(refusals("district,+39,3\n")).containsExactly("population.upload.formula[1]");
        assertThat(refusals("district,a,=1+2\n")).containsExactly("population.upload.formula[1]");
        // a tab or carriage return before a cell is trimmed away, so what is stored starts with neither
        assertThat(parse("district,\"\tx\",3\n").get(0).band()).isEqualTo("x");
    }

    @Test
    void refusesBadEncodingEmptyTooLargeAndTooManyFiles() {
        assertThat(refusals(new byte[] {'a', 'g', 'e', ',', (byte) 0xC3, (byte) 0x28, ',', '1'}))
                .containsExactly("population.upload.encoding[]");
        assertThat(refusals("district,a\u0000b,1\n")).containsExactly("population.upload.encoding[]");
        assertThat(refusals(new byte[0])).containsExactly("population.upload.empty[]");
        assertThat(refusals("dimension,band,value\n\n")).containsExactly("population.upload.empty[]");
        assertThat(refusals(new byte[MarginsCsv.MAX_BYTES + 1])).containsExactly("population.upload.tooLarge[64]");
        var many = new StringBuilder();
        for (int i = 0; i <= MarginsCsv.MAX_LINES; i++) {
            many.append("district,d").append(i).append(",1\n");
        }
        assertThat(refusals(many.toString())).containsExactly("population.upload.tooMany[500]");
        assertThat(refusals("district,\"unclosed,1\n")).hasSize(1);
        assertThat(refusals("district," + "x".repeat(81) + ",1\n")).containsExactly("population.upload.band[1, 80]");
    }

    @Test
    void atMostTenProblemsAreListed() {
        var bad = new StringBuilder();
        for (int i = 0; i < 30; i++) {
            bad.append("colour,x,1\n");
        }
        assertThat(refusals(bad.toString())).hasSize(MarginsCsv.MAX_PROBLEMS);
    }
}
