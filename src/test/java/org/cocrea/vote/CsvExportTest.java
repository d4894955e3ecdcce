package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CsvExportTest {
    @Test
    void cellsAreQuotedAndFormulasDefused() {
        assertThat(CsvExport.cell("plain")).isEqualTo("\"plain\"");
        assertThat(CsvExport.cell("say \"hi\", ok")).isEqualTo("\"say \"\"hi\"\", ok\"");
        assertThat(CsvExport.cell("=HYPERLINK(\"http://x\")")).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\"");
        assertThat(CsvExport.cell("+1")).isEqualTo("\"'+1\"");
        assertThat(CsvExport.cell("-1+2")).isEqualTo("\"'-1+2\"");
        assertThat(CsvExport.cell("@SUM(A1)")).isEqualTo("\"'@SUM(A1)\"");
        assertThat(CsvExport.cell("\tx")).isEqualTo("\"'\tx\"");
        assertThat(CsvExport.cell("")).isEqualTo("\"\"");
    }

    @Test
    void oneNumberedRowPerBallotInTheGivenOrderWithoutVoters() {
        var options = List.of(new VoteOption(5, 1, 1, "=cmd", ""), new VoteOption(6, 1, 2, "Parks, \"green\"", ""));
        var vote = BallotRulesTest.vote(BallotKind.DOTS, null, 10, 10);
        String csv = CsvExport.of(vote, options, List.of(Map.of(6L, 3), Map.of(5L, 7, 6L, 3)));
        assertThat(csv)
                .isEqualTo("\"ballot\",\"'=cmd\",\"Parks, \"\"green\"\"\"\r\n"
                        + "\"1\",\"0\",\"3\"\r\n"
                        + "\"2\",\"7\",\"3\"\r\n");
    }

    @Test
    void unrankedOptionsAreEmptyCells() {
        var options = List.of(new VoteOption(5, 1, 1, "A", ""), new VoteOption(6, 1, 2, "B", ""));
        var vote = BallotRulesTest.vote(BallotKind.RANKED, null, null, null);
        assertThat(CsvExport.of(vote, options, List.of(Map.of(6L, 1)))).endsWith("\"1\",\"\",\"1\"\r\n");
    }
}
