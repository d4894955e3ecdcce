package org.cocrea.opinions.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The cocrea method on planted groups (k = 2 .. 5, 15–90% of statements seen, passes, noise, unequal sizes): its ARI
 * against the planted groups is within 0.03 of the latent-class model told the true k, and the consensus statements
 * it lists first are ones every group agrees with. Two shapes and seeds that were not used to choose the method's
 * settings are included (the 800 x 80 and 1,000 x 100 sets).
 */
class PlantedGroupsTest {

    static Stream<Arguments> sets() {
        Stream.Builder<Arguments> sets = Stream.builder();
        for (int k = 2; k <= 5; k++) {
            sets.add(Arguments.of(500, 60, k, 10L + k));
            sets.add(Arguments.of(800, 80, k, 410L + k));
            sets.add(Arguments.of(1000, 100, k, 210L + k));
        }
        return sets.build();
    }

    static int[] groups(OpinionMap map, int participants) {
        int[] group = new int[participants];
        Arrays.fill(group, -1);
        map.placed().forEach(p -> group[p.participant()] = p.group());
        return group;
    }

    @ParameterizedTest(name = "{0} x {1}, k = {2}, seed {3}")
    @MethodSource("sets")
    void cocreaIsWithinThreeHundredthsOfTheLatentClassModelToldTheTrueK(int n, int m, int k, long seed) {
        Planted planted = Planted.generate(Planted.shape(n, m, k), seed);
        OpinionMap map = Analysis.analyse(planted.conversation(), Method.COCREA, seed);
        double cocrea = Ari.of(groups(map, n), planted.group());
        double told = Ari.of(Analysis.latentClassGroups(planted.conversation(), k, seed), planted.group());
        System.out.printf(
                "planted %d x %d k=%d seed %d: cocrea found %d groups, ARI %.3f; latent classes told k: %.3f%n",
                n, m, k, seed, map.groups().size(), cocrea, told);
        assertThat(cocrea).isGreaterThanOrEqualTo(told - 0.03);

        // Consensus: the statements listed first are ones every group agrees with.
        assertThat(map.consensus()).isNotEmpty();
        for (int s : map.consensus().subList(0, Math.min(3, map.consensus().size()))) {
            double least = 1;
            for (double[] agree : planted.agree()) {
                least = Math.min(least, agree[s]);
            }
            assertThat(least)
                    .as("statement " + s + "'s least agreement among the groups")
                    .isGreaterThan(0.7);
        }
        // And no statement some group clearly rejects is listed at all (a group at 0.49 may agree by chance).
        for (int s : map.consensus()) {
            for (double[] agree : planted.agree()) {
                assertThat(agree[s]).isGreaterThan(0.35);
            }
        }
    }
}
