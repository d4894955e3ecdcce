package org.cocrea.voting;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Random small approval elections for property tests. */
final class Elections {

    private Elections() {}

    static Arbitrary<Election> approval() {
        return Arbitraries.integers().between(1, 7).flatMap(m -> {
            Arbitrary<List<Long>> costs =
                    Arbitraries.longs().between(0, 120).list().ofSize(m);
            Arbitrary<List<Ballot>> ballots = ballot(m).list().ofMinSize(1).ofMaxSize(9);
            Arbitrary<Long> budget = Arbitraries.longs().between(0, 400);
            return Combinators.combine(costs, ballots, budget).as((c, b, total) -> {
                List<Project> projects = new ArrayList<>();
                for (int i = 0; i < m; i++) {
                    projects.add(new Project("p" + i, c.get(i)));
                }
                return new Election("random", VoteType.APPROVAL, total, 0, projects, b, Optional.empty());
            });
        });
    }

    private static Arbitrary<Ballot> ballot(int m) {
        Arbitrary<int[]> approved = Arbitraries.integers()
                .between(0, m - 1)
                .set()
                .ofMaxSize(m)
                .map(set -> set.stream().mapToInt(Integer::intValue).sorted().toArray());
        return Combinators.combine(approved, Arbitraries.integers().between(1, 3))
                .as((projects, weight) -> Ballot.of(weight, projects));
    }
}
