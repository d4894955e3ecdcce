package org.cocrea.opinions.analysis;

import java.util.Arrays;

/**
 * A conversation's votes as a sparse matrix, one row per participant (compressed rows): the statements each
 * participant voted on in increasing order and the vote (-1, 0, 1), the later of two votes on the same statement
 * winning.
 */
final class VoteMatrix {
    final int participants;
    final int statements;
    /** Row p's votes are at indexes rowStart[p] until rowStart[p + 1]. */
    final int[] rowStart;

    final int[] column;
    final byte[] value;

    private VoteMatrix(int participants, int statements, int[] rowStart, int[] column, byte[] value) {
        this.participants = participants;
        this.statements = statements;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
    }

    static VoteMatrix of(Conversation c) {
        int n = c.participants().size();
        int m = c.statements().size();
        int votes = c.value().length;
        int[] count = new int[n + 1];
        for (int i = 0; i < votes; i++) {
            int p = c.participant()[i];
            int s = c.statement()[i];
            if (p < 0 || p >= n || s < 0 || s >= m) {
                throw new IllegalArgumentException("vote " + i + " refers to no participant or statement");
            }
            count[p + 1]++;
        }
        for (int p = 0; p < n; p++) {
            count[p + 1] += count[p];
        }
        // Place votes by row, keeping their order, then sort each row by statement (stable: later wins below).
        int[] order = new int[votes];
        int[] next = Arrays.copyOf(count, n);
        for (int i = 0; i < votes; i++) {
            order[next[c.participant()[i]]++] = i;
        }
        int[] rowStart = new int[n + 1];
        int[] column = new int[votes];
        byte[] value = new byte[votes];
        int size = 0;
        long[] keys = new long[0];
        for (int p = 0; p < n; p++) {
            rowStart[p] = size;
            int from = count[p];
            int to = count[p + 1];
            int len = to - from;
            if (keys.length < len) {
                keys = new long[Math.max(len, keys.length * 2)];
            }
            for (int j = 0; j < len; j++) {
                int i = order[from + j];
                keys[j] = ((long) c.statement()[i] << 32) | j;
            }
            Arrays.sort(keys, 0, len);
            for (int j = 0; j < len; j++) {
                int s = (int) (keys[j] >>> 32);
                byte v = c.value()[order[from + (int) keys[j]]];
                if (v < -1 || v > 1) {
                    throw new IllegalArgumentException("vote " + v + " is not -1, 0 or 1");
                }
                if (size > rowStart[p] && column[size - 1] == s) {
                    value[size - 1] = v; // a later vote replaces the earlier one
                } else {
                    column[size] = s;
                    value[size] = v;
                    size++;
                }
            }
        }
        rowStart[n] = size;
        return new VoteMatrix(n, m, rowStart, Arrays.copyOf(column, size), Arrays.copyOf(value, size));
    }

    int votesOf(int p) {
        return rowStart[p + 1] - rowStart[p];
    }

    int size() {
        return rowStart[participants];
    }
}
