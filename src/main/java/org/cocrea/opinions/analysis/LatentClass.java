package org.cocrea.opinions.analysis;

import java.util.Arrays;
import java.util.Random;

/**
 * Cocrea's groups: a latent-class model (a mixture of independent categorical distributions, one per statement,
 * over agree / disagree / pass), fitted by expectation-maximisation on the votes people actually cast (a missing
 * vote is left out of the likelihood, not filled in), with the number of groups k = 2 .. 6 chosen by Akaike's
 * information criterion (k rises until the criterion has worsened twice; ADR 0016 says why not BIC). Each participant goes to the class that most probably produced their votes. Several
 * seeded starts per k (each from k participants drawn k-means++ style, everyone first assigned to the one they agree with most);
 * the best after a short run is fitted to convergence. On large conversations k is chosen on a random sample of
 * participants and the chosen model is then fitted on everyone.
 */
final class LatentClass {
    static final int MAX_K = 6;
    static final int STARTS = 4;
    static final int SAMPLE = 4000;
    /** Pseudo-count added to every category of every class and statement (a flat Dirichlet prior). */
    static final double PRIOR = 1;

    private LatentClass() {}

    /**
     * A fitted model: class weights and, per class, statement and category, a log-probability; {@code byCode} holds
     * the same log-probabilities code-major ({@code byCode[code * k + class]}, code = statement * 3 + category) so
     * that the EM loop reads one vote's k values side by side.
     */
    record Model(int k, double[] logWeight, double[][] logTheta, double[] byCode, double logLikelihood) {}

    static int[] groups(VoteMatrix votes, boolean[] inConversation, long seed) {
        return groups(votes, inConversation, seed, 0);
    }

    /** The groups with {@code fixedK} classes, or with k chosen by AIC when {@code fixedK} is 0. */
    static int[] groups(VoteMatrix votes, boolean[] inConversation, long seed, int fixedK) {
        int[] rows = rows(inConversation);
        int[] group = new int[votes.participants];
        Arrays.fill(group, -1);
        if (rows.length == 0) {
            return group;
        }
        Random random = new Random(seed);
        int[] sample = rows;
        if (rows.length > SAMPLE) {
            int[] shuffled = rows.clone();
            for (int i = shuffled.length - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                int t = shuffled[i];
                shuffled[i] = shuffled[j];
                shuffled[j] = t;
            }
            sample = Arrays.copyOf(shuffled, SAMPLE);
            Arrays.sort(sample);
        }
        Model best =
                fixedK > 0 ? fit(votes, sample, fixedK, random.nextLong() + fixedK) : chooseK(votes, sample, random);
        if (sample != rows) {
            best = fit(votes, rows, best, 200);
        }
        int[] codes = codes(votes);
        double[] log = new double[best.k];
        for (int p : rows) {
            logPosterior(votes, codes, p, best, log);
            int likeliest = 0;
            for (int c = 1; c < best.k; c++) {
                if (log[c] > log[likeliest]) {
                    likeliest = c;
                }
            }
            group[p] = likeliest;
        }
        return group;
    }

    /** The model with the lowest AIC among k = 2 .. MAX_K, stopping once it has worsened twice in a row. */
    static Model chooseK(VoteMatrix votes, int[] rows, Random random) {
        int seen = statementsSeen(votes, rows);
        long seed = random.nextLong();
        int from = Math.min(2, rows.length);
        int to = Math.min(MAX_K, rows.length);
        // Every candidate k is fitted at once (each from its own seed, so the models do not depend on which thread
        // ran them or when), then the stopping rule reads them in order as if they had been fitted one by one.
        Model[] models = new Model[to + 1];
        java.util.stream.IntStream.rangeClosed(from, to)
                .parallel()
                .forEach(k -> models[k] = fit(votes, rows, k, seed + k));
        Model best = null;
        double bestAic = Double.POSITIVE_INFINITY;
        int worse = 0;
        for (int k = from; k <= to && worse < 2; k++) {
            double aic = aic(models[k], seen);
            if (aic < bestAic) {
                bestAic = aic;
                best = models[k];
                worse = 0;
            } else {
                worse++;
            }
        }
        return best;
    }

    /**
     * Akaike's information criterion: -2 log-likelihood + 2 parameters (k - 1 class weights and, per class, two free
     * probabilities for each statement anyone voted on).
     */
    static double aic(Model model, int statementsSeen) {
        double parameters = (model.k - 1) + (double) model.k * 2 * statementsSeen;
        return -2 * model.logLikelihood + 2 * parameters;
    }

    /** The best of {@link #STARTS} seeded starts (run in parallel, each with its own seed) after a short run. */
    static Model fit(VoteMatrix votes, int[] rows, int k, long seed) {
        Model best = java.util.stream.IntStream.range(0, k == 1 ? 1 : STARTS)
                .parallel()
                .mapToObj(start -> fit(votes, rows, initial(votes, rows, k, new Random(seed * 31 + start)), 10))
                .max(java.util.Comparator.comparingDouble(Model::logLikelihood))
                .orElseThrow();
        return fit(votes, rows, best, 200);
    }

    /** A first model: k seed participants (k-means++), everyone assigned to the one they agree with most. */
    private static Model initial(VoteMatrix votes, int[] rows, int k, Random random) {
        int m = votes.statements;
        byte[][] seedVotes = new byte[k][m];
        // k-means++ seeding: each next seed drawn with probability growing with its distance to the seeds so far
        // (the share of common statements voted differently).
        double[] distance = new double[rows.length];
        Arrays.fill(distance, 1);
        for (int c = 0; c < k; c++) {
            int seed;
            if (c == 0) {
                seed = rows[random.nextInt(rows.length)];
            } else {
                double total = 0;
                for (double d : distance) {
                    total += d * d;
                }
                double u = random.nextDouble() * total;
                int j = 0;
                while (j < rows.length - 1 && u >= distance[j] * distance[j]) {
                    u -= distance[j] * distance[j];
                    j++;
                }
                seed = rows[j];
            }
            Arrays.fill(seedVotes[c], Byte.MIN_VALUE);
            for (int i = votes.rowStart[seed]; i < votes.rowStart[seed + 1]; i++) {
                seedVotes[c][votes.column[i]] = votes.value[i];
            }
            for (int r = 0; r < rows.length; r++) {
                int p = rows[r];
                int common = 0;
                int differ = 0;
                for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                    byte v = seedVotes[c][votes.column[i]];
                    if (v != Byte.MIN_VALUE) {
                        common++;
                        differ += v == votes.value[i] ? 0 : 1;
                    }
                }
                distance[r] = Math.min(distance[r], (differ + 1.0) / (common + 2.0));
            }
        }
        double[][] counts = new double[k][m * 3];
        double[] sizes = new double[k];
        int[] score = new int[k];
        for (int p : rows) {
            Arrays.fill(score, 0);
            for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                for (int c = 0; c < k; c++) {
                    byte s = seedVotes[c][votes.column[i]];
                    if (s != Byte.MIN_VALUE) {
                        score[c] += s == votes.value[i] ? 1 : -1;
                    }
                }
            }
            int best = 0;
            for (int c = 1; c < k; c++) {
                if (score[c] > score[best] || (score[c] == score[best] && random.nextBoolean())) {
                    best = c;
                }
            }
            sizes[best]++;
            for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                counts[best][votes.column[i] * 3 + category(votes.value[i])]++;
            }
        }
        return maximise(k, m, counts, sizes, Double.NEGATIVE_INFINITY);
    }

    /** Each vote's index into a class's log-probabilities: statement * 3 + category. */
    static int[] codes(VoteMatrix votes) {
        int[] codes = new int[votes.size()];
        for (int i = 0; i < codes.length; i++) {
            codes[i] = votes.column[i] * 3 + category(votes.value[i]);
        }
        return codes;
    }

    static int category(byte vote) {
        return vote > 0 ? 0 : vote < 0 ? 1 : 2;
    }

    /** Expectation-maximisation from {@code model} for at most {@code iterations} steps (or until it settles). */
    static Model fit(VoteMatrix votes, int[] rows, Model model, int iterations) {
        int k = model.k;
        int m = votes.statements;
        double[] log = new double[k];
        int[] codes = codes(votes);
        double previous = Double.NEGATIVE_INFINITY;
        for (int iteration = 0; iteration < iterations; iteration++) {
            double[] counts = new double[m * 3 * k]; // code-major, as Model.byCode
            double[] sizes = new double[k];
            double likelihood = 0;
            for (int p : rows) {
                double max = logPosterior(votes, codes, p, model, log);
                double sum = 0;
                for (int c = 0; c < k; c++) {
                    log[c] = Math.exp(log[c] - max);
                    sum += log[c];
                }
                likelihood += max + Math.log(sum);
                int kept = 0;
                int only = 0;
                for (int c = 0; c < k; c++) {
                    double r = log[c] / sum;
                    if (r < 1e-6) { // negligible: skip the class (most are, once classes separate)
                        r = 0;
                    } else {
                        kept++;
                        only = c;
                    }
                    log[c] = r;
                    sizes[c] += r;
                }
                int end = votes.rowStart[p + 1];
                if (kept == 1) {
                    double r = log[only];
                    for (int i = votes.rowStart[p]; i < end; i++) {
                        counts[codes[i] * k + only] += r;
                    }
                } else {
                    for (int i = votes.rowStart[p]; i < end; i++) {
                        int base = codes[i] * k;
                        for (int c = 0; c < k; c++) {
                            counts[base + c] += log[c];
                        }
                    }
                }
            }
            model = maximise(k, m, counts, sizes, likelihood);
            if (Math.abs(likelihood - previous) < 1e-5 * Math.abs(likelihood)) {
                break;
            }
            previous = likelihood;
        }
        return model;
    }

    /** The model maximising the expected likelihood given per-class {@code counts} (class-major, statement * 3 + category). */
    private static Model maximise(int k, int m, double[][] counts, double[] sizes, double likelihood) {
        double[] byCode = new double[m * 3 * k];
        for (int c = 0; c < k; c++) {
            for (int code = 0; code < m * 3; code++) {
                byCode[code * k + c] = counts[c][code];
            }
        }
        return maximise(k, m, byCode, sizes, likelihood);
    }

    /** The same with {@code counts} code-major ({@code counts[code * k + class]}). */
    private static Model maximise(int k, int m, double[] counts, double[] sizes, double likelihood) {
        double[] logWeight = new double[k];
        double total = Arrays.stream(sizes).sum();
        double[][] logTheta = new double[k][m * 3];
        double[] byCode = new double[m * 3 * k];
        for (int c = 0; c < k; c++) {
            logWeight[c] = Math.log((sizes[c] + 1) / (total + k));
            for (int s = 0; s < m; s++) {
                double a = counts[(s * 3) * k + c] + PRIOR;
                double d = counts[(s * 3 + 1) * k + c] + PRIOR;
                double pass = counts[(s * 3 + 2) * k + c] + PRIOR;
                double sum = a + d + pass;
                logTheta[c][s * 3] = Math.log(a / sum);
                logTheta[c][s * 3 + 1] = Math.log(d / sum);
                logTheta[c][s * 3 + 2] = Math.log(pass / sum);
                byCode[(s * 3) * k + c] = logTheta[c][s * 3];
                byCode[(s * 3 + 1) * k + c] = logTheta[c][s * 3 + 1];
                byCode[(s * 3 + 2) * k + c] = logTheta[c][s * 3 + 2];
            }
        }
        return new Model(k, logWeight, logTheta, byCode, likelihood);
    }

    /** Fills {@code log[c]} with log P(class c) + log P(votes of p | c) and returns the largest. */
    private static double logPosterior(VoteMatrix votes, int[] codes, int p, Model model, double[] log) {
        int k = model.k;
        double[] byCode = model.byCode;
        System.arraycopy(model.logWeight, 0, log, 0, k);
        int end = votes.rowStart[p + 1];
        for (int i = votes.rowStart[p]; i < end; i++) {
            int base = codes[i] * k;
            for (int c = 0; c < k; c++) {
                log[c] += byCode[base + c];
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < k; c++) {
            max = Math.max(max, log[c]);
        }
        return max;
    }

    private static int statementsSeen(VoteMatrix votes, int[] rows) {
        boolean[] seen = new boolean[votes.statements];
        for (int p : rows) {
            for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                seen[votes.column[i]] = true;
            }
        }
        int count = 0;
        for (boolean s : seen) {
            count += s ? 1 : 0;
        }
        return count;
    }

    private static int[] rows(boolean[] in) {
        int count = 0;
        for (boolean b : in) {
            count += b ? 1 : 0;
        }
        int[] rows = new int[count];
        int j = 0;
        for (int p = 0; p < in.length; p++) {
            if (in[p]) {
                rows[j++] = p;
            }
        }
        return rows;
    }
}
