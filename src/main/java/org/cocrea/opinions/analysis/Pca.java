package org.cocrea.opinions.analysis;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;

/**
 * Principal components of the vote matrix as Polis computes them: each missing vote filled with the statement's
 * mean, then centred, so the centred matrix is zero wherever a vote is missing and stays sparse. The leading
 * components come from block power (subspace) iteration on that sparse matrix, with EJML's matrices and symmetric
 * eigen-decomposition for the small dense steps, so memory stays O(votes + statements).
 */
final class Pca {
    final double[] center;
    /** components[c][s]: statement s's weight in component c, unit length. */
    final double[][] components;

    private Pca(double[] center, double[][] components) {
        this.center = center;
        this.components = components;
    }

    static Pca of(VoteMatrix votes, int wanted, long seed) {
        return of(votes, wanted, seed, null);
    }

    /**
     * The same, the power iteration starting from {@code start}'s components (the last update's, as Polis'
     * {@code :start-vectors}) when given; it converges to the same components in fewer steps.
     */
    static Pca of(VoteMatrix votes, int wanted, long seed, Pca start) {
        int m = votes.statements;
        double[] center = new double[m];
        int[] seen = new int[m];
        for (int i = 0; i < votes.size(); i++) {
            center[votes.column[i]] += votes.value[i];
            seen[votes.column[i]]++;
        }
        for (int s = 0; s < m; s++) {
            center[s] = seen[s] == 0 ? 0 : center[s] / seen[s];
        }
        int k = Math.min(wanted, m);
        double[][] components = new double[wanted][m];
        if (k == 0) {
            return new Pca(center, components);
        }
        int block = Math.min(m, k + 3);
        DMatrixRMaj basis = new DMatrixRMaj(m, block);
        Random random = new Random(seed);
        for (int i = 0; i < basis.data.length; i++) {
            basis.data[i] = random.nextGaussian();
        }
        if (start != null && start.components.length >= k && start.components[0].length == m) {
            for (int c = 0; c < k; c++) {
                for (int row = 0; row < m; row++) {
                    basis.data[row * block + c] = start.components[c][row];
                }
            }
        }
        orthonormalise(basis, random);
        DMatrixRMaj product = new DMatrixRMaj(m, block);
        double[] rowTimes = new double[block];
        double[] previous = new double[k];
        DMatrixRMaj ritz = new DMatrixRMaj(block, block);
        for (int iteration = 0; iteration < 300; iteration++) {
            // product = X^T X basis, one participant row at a time
            java.util.Arrays.fill(product.data, 0);
            for (int p = 0; p < votes.participants; p++) {
                java.util.Arrays.fill(rowTimes, 0);
                for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                    int s = votes.column[i];
                    double x = votes.value[i] - center[s];
                    int base = s * block;
                    for (int b = 0; b < block; b++) {
                        rowTimes[b] += x * basis.data[base + b];
                    }
                }
                for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                    int s = votes.column[i];
                    double x = votes.value[i] - center[s];
                    int base = s * block;
                    for (int b = 0; b < block; b++) {
                        product.data[base + b] += x * rowTimes[b];
                    }
                }
            }
            CommonOps_DDRM.multTransA(basis, product, ritz);
            double change = 0;
            double[] values = ritzValues(ritz, k);
            for (int c = 0; c < k; c++) {
                change = Math.max(change, Math.abs(values[c] - previous[c]) / Math.max(1e-12, Math.abs(values[c])));
            }
            previous = values;
            basis.setTo(product);
            orthonormalise(basis, random);
            if (change < 1e-9 && iteration > 2) {
                break;
            }
        }
        // Rayleigh-Ritz: rotate the block onto the eigenvectors of the small projected matrix.
        DMatrixRMaj small = new DMatrixRMaj(block, block);
        DMatrixRMaj product2 = multiplyGram(votes, center, basis);
        CommonOps_DDRM.multTransA(basis, product2, small);
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(block, true, true);
        if (!eig.decompose(small)) {
            throw new IllegalStateException("PCA eigen-decomposition failed");
        }
        Integer[] order = new Integer[block];
        for (int i = 0; i < block; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> Double.compare(eig.getEigenvalue(b).real, eig.getEigenvalue(a).real));
        for (int c = 0; c < k; c++) {
            DMatrixRMaj v = eig.getEigenVector(order[c]);
            DMatrixRMaj full = new DMatrixRMaj(m, 1);
            CommonOps_DDRM.mult(basis, v, full);
            double norm = org.ejml.dense.row.NormOps_DDRM.normF(full);
            // A fixed sign: the largest weight positive, so the map does not flip between runs.
            int largest = 0;
            for (int s = 0; s < m; s++) {
                if (Math.abs(full.data[s]) > Math.abs(full.data[largest])) {
                    largest = s;
                }
            }
            double sign = full.data[largest] < 0 ? -1 : 1;
            for (int s = 0; s < m; s++) {
                components[c][s] = sign * full.data[s] / norm;
            }
        }
        return new Pca(center, components);
    }

    private static DMatrixRMaj multiplyGram(VoteMatrix votes, double[] center, DMatrixRMaj basis) {
        int block = basis.numCols;
        DMatrixRMaj product = new DMatrixRMaj(basis.numRows, block);
        double[] rowTimes = new double[block];
        for (int p = 0; p < votes.participants; p++) {
            java.util.Arrays.fill(rowTimes, 0);
            for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                int s = votes.column[i];
                double x = votes.value[i] - center[s];
                for (int b = 0; b < block; b++) {
                    rowTimes[b] += x * basis.data[s * block + b];
                }
            }
            for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
                int s = votes.column[i];
                double x = votes.value[i] - center[s];
                for (int b = 0; b < block; b++) {
                    product.data[s * block + b] += x * rowTimes[b];
                }
            }
        }
        return product;
    }

    private static double[] ritzValues(DMatrixRMaj ritz, int k) {
        DMatrixRMaj symmetric = ritz.copy();
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(ritz.numRows, false, false);
        eig.decompose(symmetric);
        double[] values = new double[ritz.numRows];
        for (int i = 0; i < values.length; i++) {
            values[i] = eig.getEigenvalue(i).real;
        }
        java.util.Arrays.sort(values);
        double[] top = new double[k];
        for (int c = 0; c < k; c++) {
            top[c] = values[values.length - 1 - c];
        }
        return top;
    }

    /**
     * Orthonormalises the columns in place (modified Gram-Schmidt, twice for accuracy); a column that vanishes (the
     * matrix has lower rank than the block) is replaced by a fixed pseudo-random one, or by zeros when the space
     * has no direction left.
     */
    private static void orthonormalise(DMatrixRMaj basis, Random random) {
        int rows = basis.numRows;
        int columns = basis.numCols;
        for (int c = 0; c < columns; c++) {
            for (int attempt = 0; ; attempt++) {
                double before = columnNorm(basis, c);
                for (int pass = 0; pass < 2; pass++) {
                    for (int d = 0; d < c; d++) {
                        double dot = 0;
                        for (int r = 0; r < rows; r++) {
                            dot += basis.data[r * columns + c] * basis.data[r * columns + d];
                        }
                        for (int r = 0; r < rows; r++) {
                            basis.data[r * columns + c] -= dot * basis.data[r * columns + d];
                        }
                    }
                }
                double norm = columnNorm(basis, c);
                if (norm > 1e-10 * Math.max(before, 1e-300) && norm > 1e-300) {
                    for (int r = 0; r < rows; r++) {
                        basis.data[r * columns + c] /= norm;
                    }
                    break;
                }
                if (attempt > 5) {
                    // No direction is left (fewer statements than the block has columns, or votes of rank one, as
                    // in a conversation just started): the column stays zero and its component explains nothing.
                    for (int r = 0; r < rows; r++) {
                        basis.data[r * columns + c] = 0;
                    }
                    break;
                }
                for (int r = 0; r < rows; r++) {
                    basis.data[r * columns + c] = random.nextGaussian();
                }
            }
        }
    }

    private static double columnNorm(DMatrixRMaj basis, int c) {
        double sum = 0;
        for (int r = 0; r < basis.numRows; r++) {
            double x = basis.data[r * basis.numCols + c];
            sum += x * x;
        }
        return Math.sqrt(sum);
    }

    /**
     * Polis' sparsity-aware projection: the participant's centred votes times each component, scaled by
     * sqrt(statements / votes of the participant) so that people who voted on few statements are not all drawn
     * near the centre. The statements are the columns of Polis' rating matrix, which only has a column for a
     * statement once someone voted on it ({@link VoteMatrix#columns}); as in Polis, whose moderated-out columns are
     * set to 0 for everyone, those columns count both as statements and as votes of every participant.
     */
    double[] project(VoteMatrix votes, int p) {
        int m = votes.columns;
        int n = votes.votesOf(p) + votes.excludedColumns;
        double[] point = new double[components.length];
        for (int i = votes.rowStart[p]; i < votes.rowStart[p + 1]; i++) {
            int s = votes.column[i];
            double x = votes.value[i] - center[s];
            for (int c = 0; c < components.length; c++) {
                point[c] += x * components[c][s];
            }
        }
        double scale = Math.sqrt((double) m / Math.max(n, 1));
        for (int c = 0; c < point.length; c++) {
            point[c] *= scale;
        }
        return point;
    }
}
