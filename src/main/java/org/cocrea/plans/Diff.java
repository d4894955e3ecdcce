package org.cocrea.plans;

import java.util.ArrayList;
import java.util.List;

/** A line-based diff (longest common subsequence), readable enough for plans of a few hundred lines. */
public final class Diff {
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
