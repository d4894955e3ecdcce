package org.cocrea.plans.plan;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A line-based diff: common leading and trailing lines are matched first, then the longest common
 * subsequence of the middle. The LCS table is quadratic, so past {@link #MAX_CELLS} the middle is shown as
 * removed then added: a plan of pathological shape cannot exhaust the server's memory.
 */
public final class Diff {
    static final long MAX_CELLS = 4_000_000;

    public enum Op {
        SAME,
        ADDED,
        REMOVED
    }

    public record Line(Op op, String text) {}

    private Diff() {}

    static List<Line> lines(String before, String after) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        int start = 0;
        while (start < a.length && start < b.length && a[start].equals(b[start])) {
            start++;
        }
        int endA = a.length;
        int endB = b.length;
        while (endA > start && endB > start && a[endA - 1].equals(b[endB - 1])) {
            endA--;
            endB--;
        }
        var out = new ArrayList<Line>();
        for (int i = 0; i < start; i++) {
            out.add(new Line(Op.SAME, a[i]));
        }
        String[] midA = Arrays.copyOfRange(a, start, endA);
        String[] midB = Arrays.copyOfRange(b, start, endB);
        if ((long) midA.length * midB.length > MAX_CELLS) {
            Arrays.stream(midA).forEach(l -> out.add(new Line(Op.REMOVED, l)));
            Arrays.stream(midB).forEach(l -> out.add(new Line(Op.ADDED, l)));
        } else {
            out.addAll(lcs(midA, midB));
        }
        for (int i = endA; i < a.length; i++) {
            out.add(new Line(Op.SAME, a[i]));
        }
        return out;
    }

    private static List<Line> lcs(String[] a, String[] b) {
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] =
                        a[i].equals(b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        var out = new ArrayList<Line>();
        int i = 0;
        int j = 0;
        while (i < a.length && j < b.length) {
            if (a[i].equals(b[j])) {
                out.add(new Line(Op.SAME, a[i++]));
                j++;
            } else if (common[i + 1][j] >= common[i][j + 1]) {
                out.add(new Line(Op.REMOVED, a[i++]));
            } else {
                out.add(new Line(Op.ADDED, b[j++]));
            }
        }
        while (i < a.length) {
            out.add(new Line(Op.REMOVED, a[i++]));
        }
        while (j < b.length) {
            out.add(new Line(Op.ADDED, b[j++]));
        }
        return out;
    }
}
