package org.cocrea.plans.needs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

class RankingTest {
    private static final List<Long> NEEDS = List.of(10L, 20L, 30L);

    private static String problem(Map<String, String> form) {
        try {
            Ranking.parse(form, NEEDS);
            return "accepted";
        } catch (Refused p) {
            return p.key();
        }
    }

    @Test
    void aCompleteRankingGivesTheNeedsInPriorityOrder() {
        var order = Ranking.parse(Map.of("rank-10", "3", "rank-20", "1", "rank-30", "2", "_csrf", "x"), NEEDS);
        assertThat(order).containsExactly(20L, 30L, 10L);
        assertThat(Ranking.key(order)).isEqualTo("20,30,10");
        assertThat(Ranking.ofKey("20,30,10", NEEDS)).contains(order);
    }

    @Test
    void duplicatesGapsUnknownNeedsAndIncompleteRankingsAreRefused() {
        assertThat(problem(Map.of("rank-10", "1", "rank-20", "1", "rank-30", "2")))
                .isEqualTo("care.rank.duplicate");
        assertThat(problem(Map.of("rank-10", "1", "rank-20", "2", "rank-30", "4")))
                .isEqualTo("care.rank.invalid");
        assertThat(problem(Map.of("rank-10", "1", "rank-20", "2", "rank-99", "3")))
                .isEqualTo("care.rank.unknownNeed");
        assertThat(problem(Map.of("rank-10", "1", "rank-20", "2"))).isEqualTo("care.rank.incomplete");
        assertThat(problem(Map.of("rank-10", "1", "rank-20", "2", "rank-30", "three")))
                .isEqualTo("care.rank.invalid");
        assertThat(problem(Map.of("rank-x", "1"))).isEqualTo("care.rank.unknownNeed");
        assertThatThrownBy(() -> Ranking.parse(Map.of(), List.of()))
                .isInstanceOf(Refused.class)
                .hasMessage("care.rank.noNeeds");
    }

    @Test
    void aStoredOrderCountsOnlyWhileItCoversExactlyTheCurrentNeeds() {
        assertThat(Ranking.ofKey("10,20", NEEDS)).isEmpty();
        assertThat(Ranking.ofKey("10,20,30,40", NEEDS)).isEmpty();
        assertThat(Ranking.ofKey("10,10,20", NEEDS)).isEmpty();
        assertThat(Ranking.ofKey("a,b,c", NEEDS)).isEmpty();
        assertThat(Ranking.ofKey("", NEEDS)).isEmpty();
        assertThat(Ranking.complete(Map.of(10L, 1, 20L, 2, 30L, 3), NEEDS)).isTrue();
        assertThat(Ranking.complete(Map.of(10L, 1, 20L, 2), NEEDS)).isFalse();
    }

    private static NeedsPage.Confirmation by(String order, MemberRole role, int minute) {
        return new NeedsPage.Confirmation(
                order, role.ordinal(), role, OffsetDateTime.of(2026, 1, 1, 10, minute, 0, 0, ZoneOffset.UTC));
    }

    @Test
    void anOrderIsAgreedWhenBothSidesConfirmedItAndTheLastAgreedOneWins() {
        var needs = Map.of(
                10L, new Need(10, LifeDomain.HEALTH, "a", "", ""),
                20L, new Need(20, LifeDomain.HOME, "b", "", ""),
                30L, new Need(30, LifeDomain.MONEY, "c", "", ""));
        var oneSide = NeedsService.orders(
                List.of(by("10,20,30", MemberRole.CITIZEN, 1), by("10,20,30", MemberRole.PROXY, 2)), needs, NEEDS);
        assertThat(NeedsService.agreed(oneSide)).isNull();

        var orders = NeedsService.orders(
                List.of(
                        by("10,20,30", MemberRole.CITIZEN, 1),
                        by("10,20,30", MemberRole.OWNER, 2),
                        by("30,20,10", MemberRole.OWNER, 3),
                        by("30,20,10", MemberRole.PROXY, 4),
                        by("10,20", MemberRole.CITIZEN, 5),
                        by("10,20", MemberRole.OWNER, 6)),
                needs,
                NEEDS);
        assertThat(orders).extracting(NeedsPage.Agreed::key).containsExactly("10,20,30", "30,20,10");
        assertThat(NeedsService.agreed(orders).key()).isEqualTo("30,20,10");
        assertThat(NeedsService.agreed(orders).order()).extracting(Need::title).containsExactly("c", "b", "a");
    }
}
