package org.cocrea.opinions.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading and writing Polis export folders, and one clear error for each kind of malformed export. */
class PolisExportTest {

    static final String COMMENTS = "timestamp,datetime,comment-id,author-id,agrees,disagrees,moderated,comment-body\n"
            + "1,x,0,a,1,1,1,\"Bike lanes, please\"\n"
            + "2,x,1,b,1,0,-1,\"Spam\nover two lines\"\n"
            + "3,x,2,a,0,1,0,More trees\n";
    static final String MATRIX = "participant,group-id,n-comments,n-votes,n-agree,n-disagree,0,1,2\n"
            + "a,0,2,3,1,1,1,0,-1\n"
            + "b,1,1,1,0,1,-1,,\n"
            + "c,,0,0,0,0,,,\n";
    static final String VOTES = "timestamp,datetime,comment-id,voter-id,vote\n"
            + "10,x,0,a,-1\n"
            + "11,x,1,a,0\n"
            + "12,x,2,a,-1\n"
            + "13,x,0,b,-1\n"
            + "14,x,0,a,1\n";

    static PolisExport.Export read(String comments, String matrix, String votes) {
        return PolisExport.read(
                new StringReader(comments), new StringReader(matrix), votes == null ? null : new StringReader(votes));
    }

    @Test
    void readsStatementsParticipantsVotesAndPublishedGroups() {
        PolisExport.Export export = read(COMMENTS, MATRIX, null);
        Conversation c = export.conversation();
        assertThat(c.participants()).containsExactly("a", "b", "c");
        assertThat(c.statements()).containsExactly("0", "1", "2");
        assertThat(export.statements().get(1).text()).isEqualTo("Spam\nover two lines");
        assertThat(export.moderatedOut()).containsExactly(1);
        assertThat(export.publishedGroups()).isEqualTo(Map.of("a", 0, "b", 1));
        assertThat(c.value()).containsExactly(1, 0, -1, -1);
        assertThat(export.analysed().statements()).containsExactly("0", "2");
    }

    @Test
    void votesCsvWinsAndTheLatestVoteCounts() {
        PolisExport.Export export = read(COMMENTS, MATRIX, VOTES);
        VoteMatrix votes = VoteMatrix.of(export.conversation());
        assertThat(votes.votesOf(0)).isEqualTo(3);
        assertThat(votes.value[votes.rowStart[0]]).isEqualTo((byte) 1); // 14 replaced 10
    }

    @Test
    void writesTheSameLayoutBack(@TempDir Path dir) {
        PolisExport.Export export = read(COMMENTS, MATRIX, VOTES);
        PolisExport.write(export, dir);
        PolisExport.Export again = PolisExport.read(dir);
        assertThat(again.conversation().participants())
                .isEqualTo(export.conversation().participants());
        assertThat(again.statements()).isEqualTo(export.statements());
        assertThat(again.publishedGroups()).isEqualTo(export.publishedGroups());
        assertThat(VoteMatrix.of(again.conversation()).value).isEqualTo(VoteMatrix.of(export.conversation()).value);
    }

    @Test
    void aMissingFileIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("comments.csv"), COMMENTS);
        assertThatThrownBy(() -> PolisExport.read(dir))
                .isInstanceOf(MalformedExportException.class)
                .hasMessageStartingWith("participants-votes.csv: the file is missing");
    }

    @Test
    void eachMalformationNamesItsFileAndLine() {
        assertMalformed(
                () -> read("comment-id,author-id\n0,a\n", MATRIX, null),
                "comments.csv, line 1: the column 'comment-body' is missing");
        assertMalformed(
                () -> read(COMMENTS, MATRIX.replace("participant,", "person,"), null),
                "participants-votes.csv, line 1: the column 'participant' is missing");
        assertMalformed(
                () -> read(COMMENTS, MATRIX.replace("b,1,1,1,0,1,-1,,\n", "b,1,1,1,0,1,-1\n"), null),
                "participants-votes.csv, line 3: the row has 7 values, the header 9");
        assertMalformed(
                () -> read(COMMENTS, MATRIX.replace("c,,0,0,0,0,,,", "c,,0,0,0,0,,2,"), null),
                "participants-votes.csv, line 4: the vote '2' in column 1 is not -1, 0, 1 or empty");
        assertMalformed(
                () -> read(COMMENTS, MATRIX.replace("c,,0", "a,,0"), null),
                "participants-votes.csv, line 4: participant a appears twice");
        assertMalformed(
                () -> read(COMMENTS, MATRIX, VOTES.replace("13,x,0,b,-1", "13,x,0,b,yes")),
                "votes.csv, line 5: the vote 'yes' in column vote is not -1, 0, 1 or empty");
        assertMalformed(
                () -> read(COMMENTS, MATRIX, VOTES.replace("13,x,0,b", "13,x,9,b")),
                "votes.csv, line 5: comment 9 is not in comments.csv");
        // Line numbers count physical lines: the multi-line comment takes two.
        assertMalformed(
                () -> read(COMMENTS + "4,x,3,a,0,0,7,Odd\n", MATRIX, null),
                "comments.csv, line 6: moderated is '7', not -1, 0 or 1");
        assertMalformed(() -> read("", MATRIX, null), "comments.csv, line 1: the file is empty");
    }

    private static void assertMalformed(org.assertj.core.api.ThrowableAssert.ThrowingCallable reading, String message) {
        assertThatThrownBy(reading).isInstanceOf(MalformedExportException.class).hasMessage(message);
    }
}
