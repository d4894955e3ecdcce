package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Polis' k-means with memory ({@code kmeans} with {@code :last-clusters} in clusters.clj): clusters keep an id and
 * their members' names across updates; an update starts from the last clusters recentred on their members' new
 * positions (identical ones merged; when fewer than k, the point farthest from every centre starts a new cluster),
 * then moves centres (weighted means) until none moves by 0.01. Without last clusters it starts from the first k
 * distinct points.
 */
final class PolisKMeans {
    private PolisKMeans() {}

    /** A cluster: its id, its members (names of points) and its centre. */
    record Cluster(int id, int[] members, double[] center) {}

    /**
     * Clusters {@code points} (named {@code names}, weighted by {@code weights} or 1 each when null) into at most
     * {@code k} clusters from {@code last} (null or empty: a cold start), sorted by id.
     */
    static List<Cluster> run(
            int[] names, double[][] points, double[] weights, List<Cluster> last, int k, int maxIters) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        List<Cluster> clusters = last == null || last.isEmpty()
                ? initial(names, points, k)
                : cleanStart(names, points, weights, index, last, k);
        for (int iteration = 0; iteration <= maxIters; iteration++) {
            List<Cluster> next = step(names, points, weights, clusters);
            boolean same = sameClustering(clusters, next);
            clusters = next;
            if (same) {
                break;
            }
        }
        return clusters;
    }

    /**
     * Polis' {@code same-clustering?}: both lists of centres sorted (lexicographically), then paired in that order up
     * to the shorter list, every pair closer than 0.01; a cluster emptied in the step does not by itself mean
     * another step.
     */
    static boolean sameClustering(List<Cluster> a, List<Cluster> b) {
        java.util.Comparator<double[]> lexicographic = Arrays::compare;
        List<double[]> first =
                a.stream().map(Cluster::center).sorted(lexicographic).toList();
        List<double[]> second =
                b.stream().map(Cluster::center).sorted(lexicographic).toList();
        for (int c = 0; c < Math.min(first.size(), second.size()); c++) {
            if (KMeans.distance(first.get(c), second.get(c)) >= 0.01) {
                return false;
            }
        }
        return true;
    }

    private static List<Cluster> initial(int[] names, double[][] points, int k) {
        double[][] starts = KMeans.firstDistinct(points, k);
        List<Cluster> clusters = new ArrayList<>();
        for (int c = 0; c < starts.length; c++) {
            clusters.add(new Cluster(c, new int[0], starts[c]));
        }
        return clusters;
    }

    /**
     * Polis' {@code clean-start-clusters}: the last clusters recentred on their members' new positions (those gone
     * dropped, identical ones merged), then while fewer than k (and than the distinct points), every cluster recentred
     * on its members and the point farthest from its closest centre taken out to start a new one; the clusters are
     * recentred once more at the end, as Polis' loop does before it tests.
     */
    static List<Cluster> cleanStart(int[] names, double[][] points, double[] weights, List<Cluster> last, int k) {
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < names.length; i++) {
            index.put(names[i], i);
        }
        return cleanStart(names, points, weights, index, last, k);
    }

    private static List<Cluster> cleanStart(
            int[] names, double[][] points, double[] weights, Map<Integer, Integer> index, List<Cluster> last, int k) {
        List<Cluster> clusters = new ArrayList<>();
        for (Cluster cluster : last) {
            int[] present =
                    Arrays.stream(cluster.members()).filter(index::containsKey).toArray();
            if (present.length > 0) {
                clusters.add(new Cluster(cluster.id(), present, mean(present, points, weights, index)));
            }
        }
        if (clusters.isEmpty()) {
            int id = last.stream().mapToInt(Cluster::id).max().orElse(-1) + 1;
            clusters.add(new Cluster(id, names.clone(), mean(names, points, weights, index)));
        }
        // Merge clusters with identical centres into the larger one's id.
        List<Cluster> unique = new ArrayList<>();
        for (Cluster cluster : clusters) {
            int same = -1;
            for (int u = 0; u < unique.size() && same < 0; u++) {
                if (Arrays.equals(unique.get(u).center(), cluster.center())) {
                    same = u;
                }
            }
            if (same < 0) {
                unique.add(cluster);
            } else {
                Cluster other = unique.get(same);
                int id = other.members().length >= cluster.members().length ? other.id() : cluster.id();
                int[] members = concat(other.members(), cluster.members());
                unique.set(same, new Cluster(id, members, mean(members, points, weights, index)));
            }
        }
        Set<List<Double>> distinct = new HashSet<>();
        for (double[] point : points) {
            distinct.add(Arrays.stream(point).boxed().toList());
        }
        int possible = Math.min(k, distinct.size());
        clusters = unique;
        while (true) {
            // Polis' loop recentres every cluster on its members first (recenter-clusters), so the cluster that lost
            // the last outlier has moved when the next one is sought.
            List<Cluster> recentred = new ArrayList<>();
            for (Cluster cluster : clusters) {
                recentred.add(
                        cluster.members().length == 0
                                ? cluster
                                : new Cluster(
                                        cluster.id(),
                                        cluster.members(),
                                        mean(cluster.members(), points, weights, index)));
            }
            clusters = recentred;
            if (possible <= clusters.size()) {
                break;
            }
            // The point farthest from its closest centre starts a new cluster.
            double farthest = -1;
            int outlier = -1;
            for (int i = 0; i < points.length; i++) {
                double closest = Double.MAX_VALUE;
                for (Cluster cluster : clusters) {
                    closest = Math.min(closest, KMeans.distance(points[i], cluster.center()));
                }
                if (closest > farthest) {
                    farthest = closest;
                    outlier = i;
                }
            }
            if (farthest <= 0) {
                break;
            }
            int name = names[outlier];
            List<Cluster> split = new ArrayList<>();
            int id = -1;
            for (Cluster cluster : clusters) {
                id = Math.max(id, cluster.id());
                split.add(new Cluster(
                        cluster.id(),
                        Arrays.stream(cluster.members()).filter(m -> m != name).toArray(),
                        cluster.center()));
            }
            split.add(new Cluster(id + 1, new int[] {name}, points[outlier].clone()));
            clusters = split;
        }
        return clusters;
    }

    /** One k-means step: everyone to the closest centre, empty clusters dropped, centres moved to weighted means. */
    private static List<Cluster> step(int[] names, double[][] points, double[] weights, List<Cluster> clusters) {
        int k = clusters.size();
        int dims = points[0].length;
        double[][] sum = new double[k][dims];
        double[] weight = new double[k];
        int[] count = new int[k];
        int[] closest = new int[points.length];
        for (int i = 0; i < points.length; i++) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                double d = KMeans.squaredDistance(points[i], clusters.get(c).center());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            closest[i] = best;
            count[best]++;
            double w = weights == null ? 1 : weights[i];
            weight[best] += w;
            for (int d = 0; d < dims; d++) {
                sum[best][d] += w * points[i][d];
            }
        }
        int[][] members = new int[k][];
        for (int c = 0; c < k; c++) {
            members[c] = new int[count[c]];
            count[c] = 0;
        }
        for (int i = 0; i < points.length; i++) {
            members[closest[i]][count[closest[i]]++] = names[i];
        }
        List<Cluster> next = new ArrayList<>();
        for (int c = 0; c < k; c++) {
            if (members[c].length > 0) {
                double[] center = sum[c];
                for (int d = 0; d < dims; d++) {
                    center[d] = weight[c] > 0 ? center[d] / weight[c] : points[0][d];
                }
                next.add(new Cluster(clusters.get(c).id(), members[c], center));
            }
        }
        next.sort(java.util.Comparator.comparingInt(Cluster::id));
        return next;
    }

    private static double[] mean(int[] members, double[][] points, double[] weights, Map<Integer, Integer> index) {
        double[] sum = new double[points[0].length];
        double total = 0;
        for (int name : members) {
            int i = index.get(name);
            double w = weights == null ? 1 : weights[i];
            total += w;
            for (int d = 0; d < sum.length; d++) {
                sum[d] += w * points[i][d];
            }
        }
        for (int d = 0; d < sum.length; d++) {
            sum[d] /= total;
        }
        return sum;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] both = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, both, a.length, b.length);
        return both;
    }
}
