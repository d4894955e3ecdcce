package org.cocrea.ballots;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Status;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.AccessDeniedException;

/** Draft → open → closed, the lock once open, the results-visibility rule and the shared settings. */
class LifecycleTest {
    static final OffsetDateTime NOW = OffsetDateTime.of(2026, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC);

    static Lifecycle of(BallotStatus status, Integer opensInHours, Integer closesInHours) {
        return new Lifecycle(
                status,
                opensInHours == null ? null : NOW.plusHours(opensInHours),
                closesInHours == null ? null : NOW.plusHours(closesInHours));
    }

    @Test
    void ballotsAreTakenOnlyWhenOpenAndWithinTheDates() {
        assertThat(of(BallotStatus.DRAFT, null, null).acceptsBallots(NOW)).isFalse();
        assertThat(of(BallotStatus.OPEN, null, null).acceptsBallots(NOW)).isTrue();
        assertThat(of(BallotStatus.OPEN, 1, null).acceptsBallots(NOW)).isFalse();
        assertThat(of(BallotStatus.OPEN, -1, 1).acceptsBallots(NOW)).isTrue();
        assertThat(of(BallotStatus.OPEN, null, 0).acceptsBallots(NOW)).isFalse();
        assertThat(of(BallotStatus.CLOSED, null, null).acceptsBallots(NOW)).isFalse();
        assertThat(of(BallotStatus.OPEN, 1, 2).stage(NOW)).isEqualTo("scheduled");
        assertThat(of(BallotStatus.OPEN, null, -1).stage(NOW)).isEqualTo("closed");
        assertThat(of(BallotStatus.DRAFT, null, null).stage(NOW)).isEqualTo("draft");
        assertThat(of(BallotStatus.OPEN, null, null).stage(NOW)).isEqualTo("open");
    }

    @Test
    void resultsAreShownByOneRuleAskedThreeWays() {
        var open = of(BallotStatus.OPEN, null, null);
        var pastItsDate = of(BallotStatus.OPEN, null, -1);
        var closed = of(BallotStatus.CLOSED, null, null);
        var draft = of(BallotStatus.DRAFT, null, null);
        // The budget: only once a facilitator closed it.
        assertThat(open.resultsShown(NOW, Lifecycle.Results.WHEN_CLOSED)).isFalse();
        assertThat(pastItsDate.resultsShown(NOW, Lifecycle.Results.WHEN_CLOSED)).isFalse();
        assertThat(closed.resultsShown(NOW, Lifecycle.Results.WHEN_CLOSED)).isTrue();
        // A vote with hidden results: once final, by a facilitator or by the date.
        assertThat(open.resultsShown(NOW, Lifecycle.Results.WHEN_ENDED)).isFalse();
        assertThat(pastItsDate.resultsShown(NOW, Lifecycle.Results.WHEN_ENDED)).isTrue();
        assertThat(closed.resultsShown(NOW, Lifecycle.Results.WHEN_ENDED)).isTrue();
        // A vote that shows them while it runs; never a draft's.
        assertThat(open.resultsShown(NOW, Lifecycle.Results.WHILE_OPEN)).isTrue();
        for (var results : Lifecycle.Results.values()) {
            assertThat(draft.resultsShown(NOW, results)).isFalse();
        }
    }

    @Test
    void onlyADraftMayChangeAndOnlyForThoseWhoManage() {
        var facilitator = VotersTest.facilitator();
        Lifecycle.requireDraft(facilitator, null, "vote");
        Lifecycle.requireDraft(facilitator, BallotStatus.DRAFT, "vote");
        for (var locked : List.of(BallotStatus.OPEN, BallotStatus.CLOSED)) {
            assertThat(locked.mayChange()).isFalse();
            assertThatThrownBy(() -> Lifecycle.requireDraft(facilitator, locked, "budget"))
                    .isInstanceOf(Refused.class)
                    .hasMessage("budget.locked");
        }
        assertThatThrownBy(() -> Lifecycle.requireDraft(VotersTest.member(), BallotStatus.DRAFT, "vote"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void openingAndClosingMoveForwardOnlyFromTheStepBefore() {
        var facilitator = VotersTest.facilitator();
        var moves = new ArrayList<String>();
        Lifecycle.Mover mover = (from, to) -> moves.add(from.code() + ">" + to.code());
        assertThatThrownBy(() -> Lifecycle.open(facilitator, false, "vote.open.noOptions", "vote", mover))
                .isInstanceOf(Refused.class)
                .hasMessage("vote.open.noOptions");
        Lifecycle.open(facilitator, true, "vote.open.noOptions", "vote", mover);
        Lifecycle.close(facilitator, true, "vote", mover);
        assertThat(moves).containsExactly("draft>open", "open>closed");
        // Someone else moved it first: the conditional update changed nothing.
        assertThatThrownBy(() -> Lifecycle.open(facilitator, true, "x", "vote", (from, to) -> false))
                .hasMessage("vote.locked");
        assertThatThrownBy(() -> Lifecycle.close(facilitator, true, "budget", (from, to) -> false))
                .hasMessage("budget.close.notOpen");
        assertThatThrownBy(() -> Lifecycle.close(facilitator, false, "budget", mover))
                .hasMessage("budget.close.notOpen");
        assertThatThrownBy(() -> Lifecycle.close(VotersTest.member(), true, "budget", mover))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(VotersTest.access(1L, MemberRole.OWNER, Status.OPEN, Voters.MANAGE)
                        .may(Voters.MANAGE))
                .isTrue();
    }

    private static SettingsForm form(String eligibility, String facilitatorsVote, String opensAt, String closesAt) {
        return SettingsForm.of(BallotSettings.NAMES, eligibility, facilitatorsVote, opensAt, closesAt);
    }

    @Test
    void theSharedSettingsKeepEachToolsDefaultsWhenAFieldIsMissing() {
        var problems = new ArrayList<Refused.Problem>();
        // The budget: members by default, facilitators do not vote.
        var budget = BallotSettings.parse(form("", "", "", ""), "budget", Eligibility.MEMBERS, false, problems);
        assertThat(budget).isEqualTo(new BallotSettings(Eligibility.MEMBERS, false, null, null));
        // The vote: eligibility must be chosen, facilitators vote.
        var vote = BallotSettings.parse(form("registered", null, "", ""), "vote", null, true, problems);
        assertThat(vote).isEqualTo(new BallotSettings(Eligibility.REGISTERED, true, null, null));
        // Set explicitly, both ways.
        assertThat(BallotSettings.parse(form("residents", "true", "", ""), "budget", null, false, problems)
                        .facilitatorsVote())
                .isTrue();
        assertThat(BallotSettings.parse(form("members", "false", "", ""), "vote", null, true, problems)
                        .facilitatorsVote())
                .isFalse();
        assertThat(problems).isEmpty();
    }

    @Test
    void badSharedSettingsAreNamedWithTheToolsMessages() {
        var problems = new ArrayList<Refused.Problem>();
        assertThat(BallotSettings.parse(
                        form("", "maybe", "2026-05-02T10:00", "2026-05-01T10:00"), "vote", null, true, problems))
                .isNull();
        assertThat(problems)
                .extracting(Refused.Problem::field, Refused.Problem::key)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eligibility", "vote.eligibility.invalid"),
                        org.assertj.core.groups.Tuple.tuple("facilitatorsVote", "ballots.facilitatorsVote.invalid"),
                        org.assertj.core.groups.Tuple.tuple("closesAt", "vote.dates.order"));
        problems.clear();
        assertThat(BallotSettings.parse(form("members", "", "tomorrow", ""), "budget", null, false, problems))
                .isNull();
        assertThat(problems).extracting(Refused.Problem::key).containsExactly("budget.date.invalid");
    }
}
