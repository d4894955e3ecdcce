package org.cocrea.voting.pabulib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.stream.Stream;
import org.cocrea.voting.Ballot;
import org.cocrea.voting.Election;
import org.cocrea.voting.VoteType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class PabulibParserTest {

    static final String HEAD =
            "META\nkey;value\nbudget;100.5\nvote_type;approval\nrule;greedy\n" + "min_project_score_threshold;2\n";

    static PabulibFile parse(String text) throws Exception {
        return PabulibParser.parse(new BufferedReader(new StringReader(text)), "test.pb");
    }

    @Test
    void readsSectionsQuotingAndDecimalMoney() throws Exception {
        String text = HEAD
                + "PROJECTS\r\nproject_id;cost;name;selected\r\n"
                + "1;10.25;\"Park; phase \"\"II\"\"\";1\r\n"
                + "2;20;\"Odkupmy\" i my;0\r\n"
                + "3;30;Konkurs \" NA \u201eX;0\r\n"
                + "VOTES\r\nvoter_id;vote\r\n"
                + "a;1,2\r\nb;1,2\r\nc;\r\nd;2,2,3\r\n";
        PabulibFile file = parse(text);
        Election e = file.election();
        assertThat(e.moneyScale()).isEqualTo(2);
        assertThat(e.budget()).isEqualTo(10050);
        assertThat(e.projects()).extracting(p -> p.cost()).containsExactly(1025L, 2000L, 3000L);
        assertThat(e.voteType()).isEqualTo(VoteType.APPROVAL);
        assertThat(e.voterCount()).isEqualTo(4);
        assertThat(e.ballots()).hasSize(3);
        assertThat(e.ballots().get(0)).isEqualTo(Ballot.of(2, 0, 1));
        assertThat(e.ballots().get(1)).isEqualTo(Ballot.of(1));
        assertThat(e.ballots().get(2)).isEqualTo(Ballot.of(1, 1, 2));
        assertThat(file.selected()).contains(java.util.Set.of("1"));
        assertThat(file.rule()).isEqualTo("greedy");
        assertThat(e.scoreThreshold()).contains(BigDecimal.valueOf(2));
    }

    @Test
    void addsUpPointsOfARepeatedProjectAndKeepsRankOrder() throws Exception {
        String projects = "PROJECTS\nproject_id;cost\n1;1\n2;1\nVOTES\n";
        PabulibFile cumulative =
                parse(HEAD.replace("approval", "cumulative") + projects + "voter_id;vote;points\nx;2,1,2;1,3,1\n");
        assertThat(cumulative.election().ballots()).containsExactly(new Ballot(new int[] {0, 1}, new long[] {3, 2}, 1));
        PabulibFile ordinal = parse(HEAD.replace("approval", "ordinal") + projects + "voter_id;vote\nx;2,1\n");
        assertThat(ordinal.election().ballots()).containsExactly(Ballot.of(1, 1, 0));
    }

    @Test
    void fileWithoutSelectedColumnHasNoOfficialSelection() throws Exception {
        PabulibFile file = parse(HEAD + "PROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote\nx;1\n");
        assertThat(file.selected()).isEmpty();
    }

    static Stream<Arguments> malformed() {
        String projects = "PROJECTS\nproject_id;cost\n";
        String votes = "VOTES\nvoter_id;vote\n";
        return Stream.of(
                Arguments.of(projects + "1;1\n", 9, "missing VOTES section"),
                Arguments.of(projects + "1;1\n" + votes + "x;7\n", 12, "unknown project '7' in vote"),
                Arguments.of(projects + "1;ten\n" + votes, 9, "cost of project '1' is not a number"),
                Arguments.of(projects + "1;1;\"open\n" + votes, 9, "bad quoting: unterminated quoted field"),
                Arguments.of(votes, 7, "VOTES section found where PROJECTS was expected"),
                Arguments.of("PROJECTS\nproject_id;price\n", 8, "PROJECTS header has no 'cost' column"),
                Arguments.of(projects + "1;1\n1;2\n", 10, "duplicate project '1'"),
                Arguments.of(projects + "1;-5\n" + votes, 9, "is negative"),
                Arguments.of(projects + "1;1\n" + votes + "x\n", 12, "expected at least 2 fields"));
    }

    @ParameterizedTest
    @MethodSource("malformed")
    void malformedFilesNameTheFileAndLine(String body, int line, String problem) {
        String text = HEAD + body;
        assertThatThrownBy(() -> parse(text))
                .isInstanceOf(PabulibFormatException.class)
                .hasMessageStartingWith("test.pb:" + line + ": ")
                .hasMessageContaining(problem);
    }

    @Test
    void missingBudgetIsReported() {
        String text = "META\nkey;value\nvote_type;approval\nPROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote\n";
        assertThatThrownBy(() -> parse(text)).hasMessageContaining("test.pb:").hasMessageContaining("budget");
    }

    @Test
    void textBeforeMetaIsReported() {
        assertThatThrownBy(() -> parse("hello\n")).hasMessageStartingWith("test.pb:1: expected the META");
    }

    @Test
    void pointsMustMatchProjects() {
        String text = HEAD.replace("approval", "cumulative")
                + "PROJECTS\nproject_id;cost\n1;1\nVOTES\nvoter_id;vote;points\nx;1;1,2\n";
        assertThatThrownBy(() -> parse(text)).hasMessageStartingWith("test.pb:12: 1 projects but 2 points");
    }
}
