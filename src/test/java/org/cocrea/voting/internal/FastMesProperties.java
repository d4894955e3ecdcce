package org.cocrea.voting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.cocrea.voting.Ballot;
import org.cocrea.voting.Election;
import org.cocrea.voting.Project;
import org.cocrea.voting.Rational;
import org.cocrea.voting.VoteType;

/**
 * The floating-point MES must agree with the exact one whenever it claims a result. Costs are
 * drawn from a few values so that exact ties, the hard case, are frequent.
 */
class FastMesProperties {

    @Provide
    Arbitrary<Election> tieProne() {
        Arbitrary<Long> cost = Arbitraries.of(10L, 20L, 30L, 60L);
        Arbitrary<Ballot> ballot = Combinators.combine(
                        Arbitraries.integers().between(0, 4).set().ofMaxSize(5),
                        Arbitraries.integers().between(1, 3))
                .as((set, w) -> Ballot.of(
                        w, set.stream().mapToInt(Integer::intValue).sorted().toArray()));
        return Combinators.combine(
                        cost.list().ofSize(5), ballot.list().ofMinSize(1).ofMaxSize(10))
                .as((costs, ballots) -> Election.of(
                        VoteType.APPROVAL,
                        100,
                        IntStream.range(0, costs.size())
                                .mapToObj(i -> new Project("p" + i, costs.get(i)))
                                .toList(),
                        ballots));
    }

    @Property(tries = 500)
    void fastPathAgreesWithExactArithmetic(@ForAll("tieProne") Election e, @ForAll("shares") int share) {
        ApprovalProfile profile = ApprovalProfile.of(e);
        List<Integer> fast = FastMes.run(profile, share);
        List<Integer> exact = ExactMes.run(profile, Rational.of(share)).selected();
        Statistics.collect(fast == null ? "fallback" : "certified");
        if (fast != null) {
            assertThat(fast).containsExactlyElementsOf(exact);
        }
        // The fast path must certify most runs, or the property would prove little.
        Statistics.coverage(c -> c.check("certified").percentage(pct -> pct > 50));
    }

    @Property(tries = 300)
    void fastPathAgreesForFractionalShares(@ForAll("tieProne") Election e) {
        ApprovalProfile profile = ApprovalProfile.of(e);
        Rational share = Rational.of(e.budget(), profile.voters);
        List<Integer> fast = FastMes.run(profile, share.doubleValue());
        if (fast != null) {
            assertThat(fast)
                    .containsExactlyElementsOf(ExactMes.run(profile, share).selected());
        }
    }

    @Provide
    Arbitrary<Integer> shares() {
        return Arbitraries.integers().between(1, 40);
    }
}
