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
    /** Each participant's votes including those on excluded (moderated-out) statements. */
    final int[] allVotes;
    /** How many statements are excluded (moderated out): their votes are left out of the matrix. */
    final int excluded;
    /** How many statements have at least one vote (excluded ones included): the columns of Polis' matrix. */
    final int columns;
    /** How many excluded statements have at least one vote: the columns Polis zeroes. */
    final int excludedColumns;

    private VoteMatrix(
            int participants,
            int statements,
            int[] rowStart,
            int[] column,
            byte[] value,
            int[] allVotes,
            int excluded,
            int columns,
            int excludedColumns) {
        this.participants = participants;
        this.statements = statements;
        this.rowStart = rowStart;
        this.column = column;
        this.value = value;
        this.allVotes = allVotes;
        this.excluded = excluded;
        this.columns = columns;
        this.excludedColumns = excludedColumns;
    }

    static VoteMatrix of(Conversation c) {
        return of(c, new boolean[c.statements().size()]);
    }

    /** The matrix without the votes on the statements {@code excluded} marks (they keep their numbers). */
    static VoteMatrix of(Conversation c, boolean[] excluded) {
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
        int[] allVotes = new int[n];
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
                if (j > 0 && (int) (keys[j - 1] >>> 32) == s) {
                    if (!excluded[s]) {
                        value[size - 1] = v; // a later vote replaces the earlier one
                    }
                } else if (excluded[s]) {
                    allVotes[p]++;
                } else {
                    allVotes[p]++;
                    column[size] = s;
                    value[size] = v;
                    size++;
                }
            }
        }
        rowStart[n] = size;
        int out = 0;
        for (boolean e : excluded) {
            out += e ? 1 : 0;
        }
        boolean[] voted = new boolean[m];
        for (int i = 0; i < votes; i++) {
            voted[c.statement()[i]] = true;
        }
        int columns = 0;
        int excludedColumns = 0;
        for (int s = 0; s < m; s++) {
            if (voted[s]) {
                columns++;
                excludedColumns += excluded[s] ? 1 : 0;
            }
        }
        return new VoteMatrix(
                n,
                m,
                rowStart,
                Arrays.copyOf(column, size),
                Arrays.copyOf(value, size),
                allVotes,
                out,
                columns,
                excludedColumns);
    }

    /** The same matrix with only the votes {@code keep} marks (by index into {@link #column}). */
    VoteMatrix select(boolean[] keep) {
        int[] start = new int[participants + 1];
        int size = 0;
        for (int i = 0; i < keep.length; i++) {
            size += keep[i] ? 1 : 0;
        }
        int[] columns = new int[size];
        byte[] values = new byte[size];
        int j = 0;
        for (int p = 0; p < participants; p++) {
            start[p] = j;
            for (int i = rowStart[p]; i < rowStart[p + 1]; i++) {
                if (keep[i]) {
                    columns[j] = column[i];
                    values[j] = value[i];
                    j++;
                }
            }
        }
        start[participants] = j;
        return new VoteMatrix(
                participants, statements, start, columns, values, allVotes, excluded, this.columns, excludedColumns);
    }

    int votesOf(int p) {
        return rowStart[p + 1] - rowStart[p];
    }

    int size() {
        return rowStart[participants];
    }
}
