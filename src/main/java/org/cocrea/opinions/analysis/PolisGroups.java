package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Polis' groups: participants in the conversation projected on the two principal components (sparsity-aware),
 * k-means into about 100 base clusters, then weighted k-means of the base clusters' centres for k = 2 .. 5 (at most
 * 2 + bases / 12), keeping the k with the best silhouette over the base clusters.
 */
final class PolisGroups {
    private PolisGroups() {}

    static int[] of(VoteMatrix votes, Pca pca, boolean[] inConversation) {
        List<Integer> members = new ArrayList<>();
        for (int p = 0; p < votes.participants; p++) {
            if (inConversation[p]) {
                members.add(p);
            }
        }
        int[] group = new int[votes.participants];
        java.util.Arrays.fill(group, -1);
        if (members.isEmpty()) {
            return group;
        }
        double[][] points = new double[members.size()][];
        for (int i = 0; i < points.length; i++) {
            points[i] = pca.project(votes, members.get(i));
        }
        KMeans base = KMeans.run(points, null, KMeans.firstDistinct(points, Analysis.BASE_K), 100);
        double[][] centers = base.centers;
        double[] weights = new double[centers.length];
        for (int c : base.cluster) {
            weights[c]++;
        }
        int maxK = Math.min(Analysis.MAX_K, 2 + centers.length / 12);
        int[] bestClusters = new int[centers.length];
        double bestSilhouette = Double.NEGATIVE_INFINITY;
        for (int k = 2; k <= maxK && k <= centers.length; k++) {
            KMeans groups = KMeans.run(centers, weights, KMeans.firstDistinct(centers, k), 20);
            double silhouette = KMeans.silhouette(centers, groups.cluster, groups.centers.length);
            if (silhouette > bestSilhouette) {
                bestSilhouette = silhouette;
                bestClusters = groups.cluster;
            }
        }
        for (int i = 0; i < points.length; i++) {
            group[members.get(i)] = bestClusters[base.cluster[i]];
        }
        return group;
    }
}
