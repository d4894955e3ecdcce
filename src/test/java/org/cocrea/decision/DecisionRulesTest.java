package org.cocrea.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

/** The rules without a database: quorum, block, verdict and counts, and every refusal of what people type. */
class DecisionRulesTest {
    private static final ZoneId ROME = ZoneId.of("Europe/Rome");
    private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 10, 0, 0, 0, ZoneOffset.UTC);

    private static Position p(String position, int revision) {
        return new Position(revision * 100L + position.length(), null, position, "", revision, NOW);
    }

    @Test
    void aQuorumIsANumberOrAShareRoundedUp() {
        assertThat(new Quorum(Quorum.COUNT, 3).required(10)).isEqualTo(3);
        assertThat(new Quorum(Quorum.SHARE, 50).required(10)).isEqualTo(5);
        assertThat(new Quorum(Quorum.SHARE, 50).required(3)).isEqualTo(2);
        assertThat(new Quorum(Quorum.SHARE, 34).required(3)).isEqualTo(2);
        assertThat(new Quorum(Quorum.SHARE, 100).required(7)).isEqualTo(7);
        assertThat(new Quorum(Quorum.SHARE, 1).required(0))
                .as("never below one")
                .isEqualTo(1);
    }

    @Test
    void aBlockStopsTheDecisionWhateverTheQuorum() {
        assertThat(Verdict.of(5, 0, 3)).isEqualTo(Verdict.PASSED);
        assertThat(Verdict.of(3, 0, 3)).isEqualTo(Verdict.PASSED);
        assertThat(Verdict.of(2, 0, 3)).isEqualTo(Verdict.NO_QUORUM);
        assertThat(Verdict.of(5, 1, 3)).isEqualTo(Verdict.BLOCKED);
        assertThat(Verdict.of(1, 1, 3)).isEqualTo(Verdict.BLOCKED);
    }

    @Test
    void theTallyCountsEveryPositionAbstentionsIncludedAndThoseOnAnEarlierText() {
        var quorum = new Quorum(Quorum.SHARE, 50);
        var tally = Tally.of(
                Kind.CONSENT, quorum, List.of(p("agree", 2), p("abstain", 1), p("disagree", 2), p("agree", 2)), 2, 8);
        assertThat(tally.counts())
                .containsExactly(
                        java.util.Map.entry("agree", 2),
                        java.util.Map.entry("abstain", 1),
                        java.util.Map.entry("disagree", 1),
                        java.util.Map.entry("block", 0));
        assertThat(tally.total()).isEqualTo(4);
        assertThat(tally.earlier()).isEqualTo(1);
        assertThat(tally.required()).isEqualTo(4);
        assertThat(tally.quorumReached()).isTrue();
        assertThat(tally.verdict())
                .as("disagreement is heard but does not stop it")
                .isEqualTo(Verdict.PASSED);
        assertThat(tally.bars()).extracting(Tally.Bar::barWidth).containsExactly(300, 150, 150, 0);

        var blocked = Tally.of(Kind.CONSENT, quorum, List.of(p("agree", 1), p("block", 1)), 1, 2);
        assertThat(blocked.verdict()).isEqualTo(Verdict.BLOCKED);
        var few = Tally.of(Kind.CONSENT, quorum, List.of(p("agree", 1)), 1, 8);
        assertThat(few.verdict()).isEqualTo(Verdict.NO_QUORUM);

        var sense = Tally.of(Kind.SENSE, null, List.of(p("unsure", 1)), 1, 8);
        assertThat(sense.verdict()).as("a sense check decides nothing").isNull();
        assertThat(sense.counts()).containsOnlyKeys("agree", "unsure", "disagree");
    }

    private static Refused refusedProposal(DecisionForm form, int members) {
        return catchThrowableOfType(Refused.class, () -> DecisionRules.proposal(form, NOW, ROME, members));
    }

    private static List<String> fields(Refused refused) {
        return refused.problems().stream().map(Refused.Problem::field).toList();
    }

    @Test
    void aProposalIsCheckedWhole() {
        var ok = DecisionRules.proposal(
                new DecisionForm(
                        "consent", " Orario\u0000 ", "Testo\r\nsu due righe", "share", "50", "2026-12-10T18:00"),
                NOW,
                ROME,
                3);
        assertThat(ok.title()).isEqualTo("Orario");
        assertThat(ok.body()).isEqualTo("Testo\nsu due righe");
        assertThat(ok.closesAt().toInstant())
                .as("read in the organisation's time zone")
                .isEqualTo(OffsetDateTime.of(2026, 12, 10, 17, 0, 0, 0, ZoneOffset.UTC)
                        .toInstant());
        assertThat(ok.quorum()).isEqualTo(new Quorum("share", 50));

        var sense = DecisionRules.proposal(
                new DecisionForm("sense", "Idea", "Testo", "share", "999", "2026-12-10T18:00"), NOW, ROME, 3);
        assertThat(sense.quorum())
                .as("a sense check has no quorum, whatever was typed")
                .isNull();

        var all = refusedProposal(new DecisionForm("veto", "", "", "share", "50", ""), 3);
        assertThat(fields(all)).containsExactly("kind", "title", "body", "closesAt");
        assertThat(fields(refusedProposal(
                        new DecisionForm(
                                "consent", "x".repeat(201), "y".repeat(20_001), "share", "50", "2026-12-10T18:00"),
                        3)))
                .containsExactly("title", "body");
    }

    @Test
    void aClosingTimeInThePastOrTooFarOrUnreadableIsRefused() {
        for (String closes : List.of("2026-12-03T10:59", "2026-12-01T10:00", "2028-01-01T10:00", "domani", "<b>")) {
            var refused = refusedProposal(new DecisionForm("consent", "T", "B", "share", "50", closes), 3);
            assertThat(refused.field()).as(closes).isEqualTo("closesAt");
        }
    }

    @Test
    void aQuorumOutOfRangeIsRefused() {
        for (String[] q : List.of(
                new String[] {"share", "0"},
                new String[] {"share", "101"},
                new String[] {"count", "0"},
                new String[] {"count", "4"},
                new String[] {"count", "-9223372036854775809"},
                new String[] {"share", "abc"},
                new String[] {"votes", "2"})) {
            var refused = refusedProposal(new DecisionForm("consent", "T", "B", q[0], q[1], "2026-12-10T18:00"), 3);
            assertThat(refused.field()).as(String.join(" ", q)).startsWith("quorum");
        }
        assertThat(DecisionRules.proposal(
                                new DecisionForm("consent", "T", "B", "count", "3", "2026-12-10T18:00"), NOW, ROME, 3)
                        .quorum())
                .isEqualTo(new Quorum("count", 3));
    }

    @Test
    void blockAndDisagreeNeedAReasonAndReasonsHaveALimit() {
        assertThat(catchThrowableOfType(
                                Refused.class,
                                () -> DecisionRules.position(Kind.CONSENT, new PositionForm("block", " ")))
                        .key())
                .isEqualTo("decision.reason.required.block");
        assertThat(catchThrowableOfType(
                                Refused.class,
                                () -> DecisionRules.position(Kind.CONSENT, new PositionForm("disagree", "\u0000")))
                        .key())
                .isEqualTo("decision.reason.required.disagree");
        assertThat(catchThrowableOfType(
                                Refused.class,
                                () -> DecisionRules.position(Kind.CONSENT, new PositionForm("agree", "x".repeat(2001))))
                        .key())
                .isEqualTo("decision.reason.tooLong");
        assertThat(catchThrowableOfType(
                                Refused.class,
                                () -> DecisionRules.position(Kind.CONSENT, new PositionForm("unsure", "")))
                        .key())
                .as("unsure belongs to a sense check")
                .isEqualTo("decision.position.invalid");
        assertThat(catchThrowableOfType(
                                Refused.class, () -> DecisionRules.position(Kind.SENSE, new PositionForm("block", "x")))
                        .key())
                .isEqualTo("decision.position.invalid");
        assertThat(DecisionRules.position(Kind.SENSE, new PositionForm("disagree", ""))
                        .position())
                .as("a sense check asks no reason")
                .isEqualTo("disagree");
        assertThat(DecisionRules.position(Kind.CONSENT, new PositionForm("block", " <b>No</b> "))
                        .reason())
                .isEqualTo("<b>No</b>");
    }

    @Test
    void anOutcomeNeedsAStatementAndAReviewDateAfterToday() {
        var today = LocalDate.of(2026, 12, 3);
        assertThat(DecisionRules.outcome(new OutcomeForm("Fatto", "2027-03-01"), today)
                        .reviewOn())
                .isEqualTo("2027-03-01");
        for (String date : List.of("2026-12-03", "2026-01-01", "2032-12-04", "", "03/03/2027")) {
            assertThat(catchThrowableOfType(
                                    Refused.class, () -> DecisionRules.outcome(new OutcomeForm("Fatto", date), today))
                            .field())
                    .as(date)
                    .isEqualTo("reviewOn");
        }
        assertThat(catchThrowableOfType(
                                Refused.class, () -> DecisionRules.outcome(new OutcomeForm(" ", "2027-03-01"), today))
                        .field())
                .isEqualTo("outcome");
        assertThat(fields(
                        catchThrowableOfType(Refused.class, () -> DecisionRules.revision(new ReviseForm("", "", "")))))
                .containsExactly("title", "body", "note");
    }
}
