package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Polis' groups: participants in the conversation projected on the two principal components (sparsity-aware),
 * k-means into about 100 base clusters, then k-means of the base clusters' centres weighted by their sizes for
 * k = 2 .. 5 (at most 2 + bases / 12), each scored by the silhouette over the base clusters; the k used is the one
 * Polis' {@code group-k-smoother} settles on (see {@link Analysis.KSmoother}).
 */
final class PolisGroups {
    private PolisGroups() {}

    /**
     * Each participant's group (-1 when not clustered), the smoother's state after this update and, when the update
     * was given a memory, the clusters to start the next update from.
     */
    record Result(int[] group, Analysis.KSmoother smoother, Memory memory) {}

    /** The last update's base clusters (members: participants) and group clusters per k (members: base ids). */
    record Memory(List<PolisKMeans.Cluster> base, java.util.Map<Integer, List<PolisKMeans.Cluster>> groups) {
        static final Memory EMPTY = new Memory(List.of(), java.util.Map.of());
    }

    /**
     * At most this many k-means steps (plus one) for the group clusterings: Polis passes {@code :cluster-iters
     * (:group-iters opts')} to {@code clusters/kmeans}, which reads only {@code :max-iters}, so its default of 20
     * applies (the base clusters get {@code :max-iters (:base-iters opts')}, 100).
     */
    static final int GROUP_ITERS = 20;

    /** At most this many k-means steps (plus one) for the base clusters: Polis' {@code :base-iters}. */
    static final int BASE_ITERS = 100;

    static Result of(VoteMatrix votes, Pca pca, boolean[] inConversation, Analysis.KSmoother previous) {
        return of(votes, pca, inConversation, previous, null);
    }

    /**
     * With a {@code memory} (replaying updates) the k-means start from the last update's clusters as Polis' do;
     * without, from the first distinct points.
     */
    static Result of(VoteMatrix votes, Pca pca, boolean[] inConversation, Analysis.KSmoother previous, Memory memory) {
        if (memory != null) {
            return withMemory(votes, pca, inConversation, previous, memory);
        }
        List<Integer> members = new ArrayList<>();
        for (int p = 0; p < votes.participants; p++) {
            if (inConversation[p]) {
                members.add(p);
            }
        }
        int[] group = new int[votes.participants];
        java.util.Arrays.fill(group, -1);
        if (members.isEmpty()) {
            return new Result(group, previous, memory);
        }
        double[][] points = new double[members.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = pca.project(votes, members.get(i));
        }
        KMeans base = KMeans.run(points, null, KMeans.firstDistinct(points, Analysis.BASE_K), BASE_ITERS);
        double[][] centers = base.centers;
        double[] weights = new double[centers.length];
        for (int c : base.cluster) {
            weights[c]++;
        }
        int maxK = Math.min(Analysis.MAX_K, 2 + centers.length / 12);
        int[][] clusterings = new int[maxK + 1][];
        int bestK = 0;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= maxK && k <= centers.length; k++) {
            KMeans groups = KMeans.run(centers, weights, KMeans.firstDistinct(centers, k), GROUP_ITERS);
            clusterings[k] = groups.cluster;
            double silhouette = KMeans.silhouette(centers, groups.cluster, groups.centers.length);
            // Polis takes (apply max-key silhouettes ks): on a tie the later, larger k.
            if (silhouette >= bestSilhouette) {
                bestSilhouette = silhouette;
                bestK = k;
            }
        }
        if (bestK == 0) { // a single base cluster: everyone in one group
            for (Integer p : members) {
                group[p] = 0;
            }
            return new Result(group, previous, memory);
        }
        Analysis.KSmoother smoother = Analysis.KSmoother.next(previous, bestK);
        int k = smoother.smoothedK();
        while (k > 2 && clusterings[Math.min(k, maxK)] == null) {
            k--;
        }
        int[] chosen = clusterings[Math.min(k, maxK)];
        for (int i = 0; i < points.length; i++) {
            group[members.get(i)] = chosen[base.cluster[i]];
        }
        return new Result(group, smoother, null);
    }

    private static Result withMemory(
            VoteMatrix votes, Pca pca, boolean[] inConversation, Analysis.KSmoother previous, Memory memory) {
        int count = 0;
        for (boolean in : inConversation) {
            count += in ? 1 : 0;
        }
        int[] group = new int[votes.participants];
        java.util.Arrays.fill(group, -1);
        if (count == 0) {
            return new Result(group, previous, memory);
        }
        int[] names = new int[count];
        double[][] points = new double[count][];
        for (int p = 0, i = 0; p < votes.participants; p++) {
            if (inConversation[p]) {
                names[i] = p;
                points[i++] = pca.project(votes, p);
            }
        }
        List<PolisKMeans.Cluster> base =
                PolisKMeans.run(names, points, null, memory.base(), Analysis.BASE_K, BASE_ITERS);
        int bases = base.size();
        int[] baseIds = new int[bases];
        double[][] centers = new double[bases][];
        double[] weights = new double[bases];
        java.util.Map<Integer, Integer> baseIndex = new java.util.HashMap<>();
        for (int b = 0; b < bases; b++) {
            baseIds[b] = base.get(b).id();
            centers[b] = base.get(b).center();
            weights[b] = base.get(b).members().length;
            baseIndex.put(baseIds[b], b);
        }
        int maxK = Math.min(Analysis.MAX_K, 2 + bases / 12);
        java.util.Map<Integer, List<PolisKMeans.Cluster>> groups = new java.util.HashMap<>();
        int[][] clusterings = new int[maxK + 1][];
        int bestK = 0;
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= maxK && k <= bases; k++) {
            List<PolisKMeans.Cluster> clusters =
                    PolisKMeans.run(baseIds, centers, weights, memory.groups().get(k), k, GROUP_ITERS);
            groups.put(k, clusters);
            int[] of = new int[bases];
            for (int g = 0; g < clusters.size(); g++) {
                for (int id : clusters.get(g).members()) {
                    of[baseIndex.get(id)] = g;
                }
            }
            clusterings[k] = of;
            double silhouette = KMeans.silhouette(centers, of, clusters.size());
            if (silhouette >= bestSilhouette) {
                bestSilhouette = silhouette;
                bestK = k;
            }
        }
        Memory next = new Memory(base, groups);
        if (bestK == 0) {
            for (int p : names) {
                group[p] = 0;
            }
            return new Result(group, previous, next);
        }
        Analysis.KSmoother smoother = Analysis.KSmoother.next(previous, bestK);
        int[] chosen = clusterings[Math.min(smoother.smoothedK(), maxK)];
        for (int b = 0; b < bases; b++) {
            for (int p : base.get(b).members()) {
                group[p] = chosen[b];
            }
        }
        return new Result(group, smoother, next);
    }
}
