package org.cocrea.opinions.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Weighted k-means (Lloyd) from given starting centres, as Polis runs it; empty clusters are dropped. */
final class KMeans {
    /** cluster[i]: the cluster of point i, 0 .. centers.length - 1. */
    final int[] cluster;

    final double[][] centers;

    private KMeans(int[] cluster, double[][] centers) {
        this.cluster = cluster;
        this.centers = centers;
    }

    /** The first {@code k} distinct points, in order: Polis' (deterministic) starting centres. */
    static double[][] firstDistinct(double[][] points, int k) {
        List<double[]> centers = new ArrayList<>();
        java.util.Set<List<Double>> seen = new java.util.HashSet<>();
        for (double[] point : points) {
            if (centers.size() == k) {
                break;
            }
            List<Double> key = Arrays.stream(point).boxed().toList();
            if (seen.add(key)) {
                centers.add(point.clone());
            }
        }
        return centers.toArray(double[][]::new);
    }

    static KMeans run(double[][] points, double[] weights, double[][] start, int maxIterations) {
        double[][] centers = start;
        int[] cluster = new int[points.length];
        for (int iteration = 0; iteration < maxIterations; iteration++) {
            assign(points, centers, cluster);
            double[][] updated = update(points, weights, cluster, centers);
            boolean same = updated.length == centers.length;
            for (int c = 0; same && c < centers.length; c++) {
                same = distance(updated[c], centers[c]) < 0.01; // Polis' same-clustering? threshold
            }
            centers = updated;
            if (same) {
                break;
            }
        }
        assign(points, centers, cluster);
        // Drop clusters left empty and renumber.
        double[][] finalCenters = update(points, weights, cluster, centers);
        assign(points, finalCenters, cluster);
        return new KMeans(cluster, finalCenters);
    }

    private static void assign(double[][] points, double[][] centers, int[] cluster) {
        for (int i = 0; i < points.length; i++) {
            int best = 0;
            double bestDistance = Double.MAX_VALUE;
            for (int c = 0; c < centers.length; c++) {
                double d = squaredDistance(points[i], centers[c]);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            cluster[i] = best;
        }
    }

    private static double[][] update(double[][] points, double[] weights, int[] cluster, double[][] centers) {
        int dims = centers.length == 0 ? 0 : centers[0].length;
        double[][] sum = new double[centers.length][dims];
        double[] weight = new double[centers.length];
        for (int i = 0; i < points.length; i++) {
            double w = weights == null ? 1 : weights[i];
            weight[cluster[i]] += w;
            for (int d = 0; d < dims; d++) {
                sum[cluster[i]][d] += w * points[i][d];
            }
        }
        List<double[]> kept = new ArrayList<>();
        for (int c = 0; c < centers.length; c++) {
            if (weight[c] > 0) {
                for (int d = 0; d < dims; d++) {
                    sum[c][d] /= weight[c];
                }
                kept.add(sum[c]);
            }
        }
        return kept.toArray(double[][]::new);
    }

    /** The weighted sum of squared distances of the points to their centres. */
    double cost(double[][] points, double[] weights) {
        double cost = 0;
        for (int i = 0; i < points.length; i++) {
            cost += (weights == null ? 1 : weights[i]) * squaredDistance(points[i], centers[cluster[i]]);
        }
        return cost;
    }

    static double squaredDistance(double[] a, double[] b) {
        double sum = 0;
        for (int d = 0; d < a.length; d++) {
            double x = a[d] - b[d];
            sum += x * x;
        }
        return sum;
    }

    static double distance(double[] a, double[] b) {
        return Math.sqrt(squaredDistance(a, b));
    }

    /**
     * The mean silhouette of a clustering of {@code points} (unweighted, as Polis computes it over base clusters);
     * a point alone in its cluster counts 0.
     */
    static double silhouette(double[][] points, int[] cluster, int k) {
        int n = points.length;
        if (k < 2 || n < 2) {
            return 0;
        }
        int[] size = new int[k];
        for (int c : cluster) {
            size[c]++;
        }
        double total = 0;
        double[] sum = new double[k];
        for (int i = 0; i < n; i++) {
            Arrays.fill(sum, 0);
            for (int j = 0; j < n; j++) {
                if (j != i) {
                    sum[cluster[j]] += distance(points[i], points[j]);
                }
            }
            int own = cluster[i];
            if (size[own] == 1) {
                continue;
            }
            double a = sum[own] / (size[own] - 1);
            double b = Double.MAX_VALUE;
            for (int c = 0; c < k; c++) {
                if (c != own && size[c] > 0) {
                    b = Math.min(b, sum[c] / size[c]);
                }
            }
            if (b == Double.MAX_VALUE) {
                continue;
            }
            double max = Math.max(a, b);
            total += max == 0 ? 0 : (b - a) / max;
        }
        return total / n;
    }
}
