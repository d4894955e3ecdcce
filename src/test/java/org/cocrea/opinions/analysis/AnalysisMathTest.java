package org.cocrea.opinions.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;
import org.junit.jupiter.api.Test;

/** The pieces of the analysis: PCA, k-means, silhouette, ARI, Polis' tests, repness and consensus. */
class AnalysisMathTest {

    /** A conversation from a matrix of votes; Byte.MIN_VALUE = not voted. */
    static Conversation conversation(byte[][] matrix) {
        List<Integer> p = new ArrayList<>();
        List<Integer> s = new ArrayList<>();
        List<Byte> v = new ArrayList<>();
        for (int i = 0; i < matrix.length; i++) {
            for (int j = 0; j < matrix[i].length; j++) {
                if (matrix[i][j] != Byte.MIN_VALUE) {
                    p.add(i);
                    s.add(j);
                    v.add(matrix[i][j]);
                }
            }
        }
        byte[] values = new byte[v.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = v.get(i);
        }
        List<String> participants = new ArrayList<>();
        for (int i = 0; i < matrix.length; i++) {
            participants.add("p" + i);
        }
        List<String> statements = new ArrayList<>();
        for (int j = 0; j < matrix[0].length; j++) {
            statements.add("s" + j);
        }
        return new Conversation(
                participants,
                statements,
                p.stream().mapToInt(Integer::intValue).toArray(),
                s.stream().mapToInt(Integer::intValue).toArray(),
                values);
    }

    /**
     * A conversation as it starts in the app: one participant, or two perfectly opposed blocks (votes of rank one).
     * Both methods still place everyone on the map instead of failing, so the page shows the map from the start.
     */
    @Test
    void aConversationJustStartedIsStillMapped() {
        byte[][] alone = {{1, -1, 0, 1, 1}};
        byte[][] opposed = new byte[20][6];
        for (int i = 0; i < 20; i++) {
            for (int j = 0; j < 6; j++) {
                opposed[i][j] = (byte) ((i < 10) == (j % 2 == 0) ? 1 : -1);
            }
        }
        for (Method method : Method.values()) {
            var one = Analysis.analyse(conversation(alone), method, 1);
            assertThat(one.placed()).as(method + ", one participant").hasSize(1);
            var two = Analysis.analyse(conversation(opposed), method, 1);
            assertThat(two.placed()).as(method + ", two opposed blocks").hasSize(20);
            assertThat(two.placed())
                    .allSatisfy(p -> assertThat(Double.isFinite(p.x()) && Double.isFinite(p.y()))
                            .isTrue());
        }
    }

    @Test
    void pcaFindsTheLeadingComponentsOfTheMeanFilledMatrixAsADenseSvdDoes() {
        Planted planted = Planted.generate(Planted.shape(120, 15, 3), 7);
        VoteMatrix votes = VoteMatrix.of(planted.conversation());
        Pca pca = Pca.of(votes, 2, 1);
        // Dense reference: fill missing with the column mean, centre, SVD.
        DMatrixRMaj dense = new DMatrixRMaj(votes.participants, votes.statements);
        for (int p = 0; p < votes.participants; p++) {
            for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                dense.set(p, votes.column[i], votes.value[i] - pca.center[votes.column[i]]);
            }
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd =
                DecompositionFactory_DDRM.svd(dense.numRows, dense.numCols, false, true, false);
        assertThat(svd.decompose(dense)).isTrue();
        DMatrixRMaj v = svd.getV(null, true);
        double[] singular = svd.getSingularValues();
        Integer[] order = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14};
        java.util.Arrays.sort(order, (a, b) -> Double.compare(singular[b], singular[a]));
        for (int c = 0; c < 2; c++) {
            double dot = 0;
            for (int s = 0; s < votes.statements; s++) {
                dot += v.get(order[c], s) * pca.components[c][s];
            }
            assertThat(Math.abs(dot)).as("component " + c).isCloseTo(1, within(1e-6));
        }
    }

    @Test
    void theProjectionIsScaledBySparsityAsPolisDoes() {
        byte x = Byte.MIN_VALUE;
        Conversation c = conversation(new byte[][] {{1, 1, 1, 1}, {1, x, x, x}, {-1, -1, -1, -1}, {-1, -1, 1, 1}});
        VoteMatrix votes = VoteMatrix.of(c);
        Pca pca = Pca.of(votes, 2, 1);
        double[] one = pca.project(votes, 1);
        double raw = (1 - pca.center[0]) * pca.components[0][0];
        assertThat(one[0]).isCloseTo(raw * Math.sqrt(4.0 / 1), within(1e-12));
    }

    @Test
    void kMeansSeparatesTwoClumpsAndSilhouetteRewardsTheRightK() {
        double[][] points = {{0, 0}, {0, 1}, {1, 0}, {10, 10}, {10, 11}, {11, 10}};
        KMeans two = KMeans.run(points, null, KMeans.firstDistinct(new double[][] {{0, 0}, {10, 10}}, 2), 20);
        assertThat(two.cluster).containsExactly(0, 0, 0, 1, 1, 1);
        assertThat(two.centers[1]).containsExactly(new double[] {31 / 3.0, 31 / 3.0}, within(1e-12));
        double good = KMeans.silhouette(points, two.cluster, 2);
        double bad = KMeans.silhouette(points, new int[] {0, 1, 0, 1, 0, 1}, 2);
        assertThat(good).isGreaterThan(0.9);
        assertThat(bad).isLessThan(0);
        // Weighted k-means: a heavy point drags its centre.
        KMeans weighted = KMeans.run(new double[][] {{0}, {1}}, new double[] {3, 1}, new double[][] {{0.5}}, 5);
        assertThat(weighted.centers[0][0]).isCloseTo(0.25, within(1e-12));
        // The first distinct points start k-means, as in Polis.
        assertThat(KMeans.firstDistinct(new double[][] {{1}, {1}, {2}}, 2)).hasDimensions(2, 1);
    }

    @Test
    void adjustedRandIndexMatchesKnownValues() {
        assertThat(Ari.of(new int[] {0, 0, 1, 1}, new int[] {5, 5, 7, 7})).isEqualTo(1.0);
        // sklearn.metrics.adjusted_rand_score([0, 0, 1, 1], [0, 0, 1, 2]) = 0.5714285714285715
        assertThat(Ari.of(new int[] {0, 0, 1, 1}, new int[] {0, 0, 1, 2})).isCloseTo(0.5714285714, within(1e-9));
        // adjusted_rand_score([0, 0, 0, 1, 1, 1], [0, 1, 0, 1, 0, 1]) = -1 / 9
        assertThat(Ari.of(new int[] {0, 0, 0, 1, 1, 1}, new int[] {0, 1, 0, 1, 0, 1}))
                .isCloseTo(-1 / 9.0, within(1e-9));
    }

    @Test
    void polisProportionTestsAreItsOwn() {
        // prop-test: 2 sqrt(n + 1) ((succ + 1) / (n + 1) - 0.5)
        assertThat(Repness.propTest(8, 10)).isCloseTo(2 * Math.sqrt(11) * (9 / 11.0 - 0.5), within(1e-12));
        double pi1 = 9 / 11.0;
        double pi2 = 3 / 11.0;
        double hat = 12 / 22.0;
        assertThat(Repness.twoPropTest(8, 2, 10, 10))
                .isCloseTo((pi1 - pi2) / Math.sqrt(hat * (1 - hat) * (2 / 11.0)), within(1e-12));
        assertThat(Repness.twoPropTest(10, 10, 10, 10)).isZero();
    }

    @Test
    void repnessPicksWhatSetsAGroupApartAndConsensusWhatAllGroupsAgreeWith() {
        // Two groups of 10. Statement 0 splits them, 1 everyone agrees with, 2 everyone disagrees with, 3 is mixed.
        byte[][] matrix = new byte[20][4];
        for (int p = 0; p < 20; p++) {
            boolean first = p < 10;
            matrix[p][0] = (byte) (first ? 1 : -1);
            matrix[p][1] = 1;
            matrix[p][2] = -1;
            matrix[p][3] = (byte) (p % 2 == 0 ? 1 : 0);
        }
        VoteMatrix votes = VoteMatrix.of(conversation(matrix));
        int[] group = new int[20];
        for (int p = 10; p < 20; p++) {
            group[p] = 1;
        }
        Repness repness = new Repness(votes, group, 2, new boolean[4]);
        assertThat(repness.representative(0).get(0))
                .isEqualTo(new OpinionMap.Representative(
                        0, true, repness.stat(0, 0).ra(), 11 / 12.0));
        assertThat(repness.representative(1))
                .anySatisfy(r -> assertThat(r.statement()).isZero());
        assertThat(repness.representative(1).stream().filter(r -> r.statement() == 0))
                .allSatisfy(r -> assertThat(r.agree()).isFalse());
        assertThat(repness.groupInformedConsensus(1)).isCloseTo((11 / 12.0) * (11 / 12.0), within(1e-12));
        assertThat(repness.consensus(10)).containsExactly(1);
        assertThat(repness.divisive(10)).containsExactly(0);
        assertThat(repness.shares())
                .contains(new OpinionMap.Shares(3, -1, 10, 0, 10), new OpinionMap.Shares(0, 1, 0, 10, 0));
    }

    @Test
    void aLaterVoteReplacesAnEarlierOne() {
        Conversation c = new Conversation(
                List.of("a"), List.of("x", "y"), new int[] {0, 0, 0}, new int[] {1, 0, 1}, new byte[] {1, 0, -1});
        VoteMatrix votes = VoteMatrix.of(c);
        assertThat(votes.column).containsExactly(0, 1);
        assertThat(votes.value).containsExactly(0, -1);
    }

    @Test
    void theSameSeedGivesTheSameMapAndEveryVoterIsPlaced() {
        Planted planted = Planted.generate(Planted.shape(300, 30, 3), 3);
        for (Method method : Method.values()) {
            OpinionMap a = Analysis.analyse(planted.conversation(), method, 42);
            OpinionMap b = Analysis.analyse(planted.conversation(), method, 42);
            assertThat(a).isEqualTo(b);
            assertThat(a.placed()).hasSize(300);
            assertThat(a.groups()).hasSizeBetween(2, 6);
        }
    }

    @Test
    void moderatedOutStatementsAreNeverListed() {
        Planted planted = Planted.generate(Planted.shape(200, 20, 2), 5);
        java.util.Set<Integer> out = java.util.Set.copyOf(planted.consensus());
        OpinionMap map = Analysis.analyse(planted.conversation(), Method.POLIS, 1, out);
        assertThat(map.consensus()).doesNotContainAnyElementsOf(out);
        assertThat(map.shares()).noneMatch(s -> out.contains(s.statement()));
        assertThat(map.groups())
                .allSatisfy(g -> assertThat(g.representative()).noneMatch(r -> out.contains(r.statement())));
    }

    @Test
    void theKSmootherChangesKOnlyAfterFourUpdatesInARow() {
        Analysis.KSmoother state = Analysis.KSmoother.next(null, 3);
        assertThat(state).isEqualTo(new Analysis.KSmoother(3, 1, 3)); // the first update uses its best k
        state = Analysis.KSmoother.next(new Analysis.KSmoother(2, 5, 2), 3);
        assertThat(state.smoothedK()).isEqualTo(2);
        state = Analysis.KSmoother.next(state, 3);
        state = Analysis.KSmoother.next(state, 3);
        assertThat(state).isEqualTo(new Analysis.KSmoother(3, 3, 2));
        assertThat(Analysis.KSmoother.next(state, 4)).isEqualTo(new Analysis.KSmoother(4, 1, 2)); // streak broken
        assertThat(Analysis.KSmoother.next(state, 3)).isEqualTo(new Analysis.KSmoother(3, 4, 3)); // fourth in a row
    }

    @Test
    void aLiveUpdateKeepsThePreviousKUntilTheSmootherMovesIt() {
        Conversation c = Planted.generate(Planted.shape(300, 40, 3), 7).conversation();
        Analysis.Update first = Analysis.update(c, Method.POLIS, 0, java.util.Set.of(), null);
        int best = first.smoother().lastK();
        assertThat(first.smoother().smoothedK()).isEqualTo(best);
        assertThat(first.map().groups()).hasSize(best);
        int other = best == 2 ? 3 : 2;
        Analysis.Update kept =
                Analysis.update(c, Method.POLIS, 0, java.util.Set.of(), new Analysis.KSmoother(other, 6, other));
        assertThat(kept.smoother()).isEqualTo(new Analysis.KSmoother(best, 1, other));
        assertThat(kept.map().groups()).hasSize(other);
        Analysis.Update moved =
                Analysis.update(c, Method.POLIS, 0, java.util.Set.of(), new Analysis.KSmoother(best, 3, other));
        assertThat(moved.smoother()).isEqualTo(new Analysis.KSmoother(best, 4, best));
        assertThat(moved.map().groups()).hasSize(best);
        Analysis.Update cocrea = Analysis.update(c, Method.COCREA, 0, java.util.Set.of(), kept.smoother());
        assertThat(cocrea.smoother()).isEqualTo(kept.smoother());
    }

    @Test
    void timedVotesAreReplayedDeterministically() {
        Conversation untimed = Planted.generate(Planted.shape(200, 30, 2), 3).conversation();
        long[] time = new long[untimed.value().length];
        for (int i = 0; i < time.length; i++) {
            time[i] = 1_500_000_000_000L + (long) untimed.participant()[i] * 20_000 + i; // people arrive one by one
        }
        Conversation timed = new Conversation(
                untimed.participants(),
                untimed.statements(),
                untimed.participant(),
                untimed.statement(),
                untimed.value(),
                time);
        OpinionMap once = Analysis.analyse(timed, Method.POLIS, 0);
        OpinionMap again = Analysis.analyse(timed, Method.POLIS, 0);
        assertThat(again).isEqualTo(once);
        assertThat(once.groups()).hasSizeBetween(2, 5);
        assertThat(once.placed())
                .hasSameSizeAs(Analysis.analyse(untimed, Method.POLIS, 0).placed());
    }

    /**
     * Polis' rating matrix has a column only for a statement someone voted on, so a statement nobody voted on yet
     * counts neither in the projection's scale sqrt(statements / votes) nor in the threshold min(7, statements) of
     * who is in the conversation (a moderated-out one counts once voted on, as a zeroed column).
     */
    @Test
    void statementsNobodyVotedOnAreNotColumnsOfPolisMatrix() {
        byte x = Byte.MIN_VALUE;
        Conversation c =
                conversation(new byte[][] {{1, 1, 1, 1, x}, {1, x, x, x, x}, {-1, -1, -1, -1, x}, {-1, -1, 1, 1, x}});
        VoteMatrix votes = VoteMatrix.of(c);
        assertThat(votes.columns).isEqualTo(4);
        Pca pca = Pca.of(votes, 2, 1);
        double raw = (1 - pca.center[0]) * pca.components[0][0];
        assertThat(pca.project(votes, 1)[0]).isCloseTo(raw * Math.sqrt(4.0 / 1), within(1e-12));
        // Moderated out: statement 3 (voted on) is a zeroed column, statement 4 (never voted on) is no column.
        boolean[] out = {false, false, false, true, true};
        VoteMatrix moderated = VoteMatrix.of(c, out);
        assertThat(moderated.columns).isEqualTo(4);
        assertThat(moderated.excludedColumns).isEqualTo(1);
        Pca pcaModerated = Pca.of(moderated, 2, 1);
        double rawModerated = (1 - pcaModerated.center[0]) * pcaModerated.components[0][0];
        assertThat(pcaModerated.project(moderated, 1)[0]).isCloseTo(rawModerated * Math.sqrt(4.0 / 2), within(1e-12));

        // Twenty people voted on all five statements voted on so far, of 12: all are in (min(7, 5) = 5 votes).
        byte[][] twenty = new byte[20][12];
        for (int p = 0; p < 20; p++) {
            for (int s = 0; s < 12; s++) {
                twenty[p][s] = s < 5 ? (byte) ((p + s) % 3 - 1) : x;
            }
        }
        boolean[] in = Analysis.inConversation(VoteMatrix.of(conversation(twenty)));
        assertThat(in).containsOnly(true);
    }

    /**
     * Polis' clean-start-clusters recentres every cluster on its members before it looks for the next outlier: on
     * 1-D points -4, 0, 6, 20 all in one last cluster, 20 starts the second cluster, the first moves to 2/3, and
     * then 6 (5 1/3 away) rather than -4 starts the third.
     */
    @Test
    void aWarmStartRecentresBeforeEachNewCluster() {
        int[] names = {10, 11, 12, 13};
        double[][] points = {{-4}, {0}, {6}, {20}};
        List<PolisKMeans.Cluster> last = List.of(new PolisKMeans.Cluster(0, names.clone(), new double[] {5.5}));
        List<PolisKMeans.Cluster> start = PolisKMeans.cleanStart(names, points, null, last, 3);
        assertThat(start).hasSize(3);
        assertThat(start.get(0).members()).containsExactly(10, 11);
        assertThat(start.get(0).center()[0]).isCloseTo(-2, within(1e-12));
        assertThat(start.get(1).members()).containsExactly(13);
        assertThat(start.get(2).members()).containsExactly(12);
    }

    /** Polis' same-clustering? pairs the centres sorted, not by cluster id, and up to the shorter list. */
    @Test
    void kMeansStopsWhenTheSortedCentresStay() {
        var a = new PolisKMeans.Cluster(0, new int[] {1}, new double[] {0, 0});
        var b = new PolisKMeans.Cluster(1, new int[] {2}, new double[] {5, 5});
        var aMoved = new PolisKMeans.Cluster(1, new int[] {1}, new double[] {0.001, 0});
        var bMoved = new PolisKMeans.Cluster(0, new int[] {2}, new double[] {5, 5.001});
        assertThat(PolisKMeans.sameClustering(List.of(a, b), List.of(bMoved, aMoved)))
                .isTrue();
        assertThat(PolisKMeans.sameClustering(List.of(a, b), List.of(a))).isTrue();
        var far = new PolisKMeans.Cluster(0, new int[] {2}, new double[] {5, 6});
        assertThat(PolisKMeans.sameClustering(List.of(a, b), List.of(a, far))).isFalse();
    }
}
