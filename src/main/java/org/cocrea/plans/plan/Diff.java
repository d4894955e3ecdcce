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
        REMOVED,
        /** A row whose line was edited: its pieces say, word by word, what stayed, went and came. */
        CHANGED
    }

    public record Line(Op op, String text) {}

    /** Part of a row, kept, added or removed. */
    public record Piece(Op op, String text) {}

    /** One line as a reader sees it: kept, added, removed, or changed with its words marked. */
    public record Row(Op op, List<Piece> pieces) {}

    private Diff() {}

    static List<Line> lines(String before, String after) {
        return diff(before.split("\n", -1), after.split("\n", -1));
    }

    /**
     * The lines of one section, with each removed line that was edited rather than replaced (it shares at least
     * half its words with the added line in the same place) shown as one changed row, word by word.
     */
    static List<Row> rows(String before, String after) {
        var lines = diff(split(before), split(after));
        var rows = new ArrayList<Row>();
        int i = 0;
        while (i < lines.size()) {
            if (lines.get(i).op() != Op.REMOVED) {
                rows.add(whole(lines.get(i++)));
                continue;
            }
            int removedEnd = i;
            while (removedEnd < lines.size() && lines.get(removedEnd).op() == Op.REMOVED) {
                removedEnd++;
            }
            int addedEnd = removedEnd;
            while (addedEnd < lines.size() && lines.get(addedEnd).op() == Op.ADDED) {
                addedEnd++;
            }
            int pairs = Math.min(removedEnd - i, addedEnd - removedEnd);
            var changed = new ArrayList<Row>();
            var removedOnly = new ArrayList<Row>();
            var addedOnly = new ArrayList<Row>();
            for (int k = 0; k < removedEnd - i; k++) {
                var removed = lines.get(i + k);
                var edit = k < pairs
                        ? words(removed.text(), lines.get(removedEnd + k).text())
                        : null;
                if (edit != null) {
                    changed.add(edit);
                } else {
                    removedOnly.add(whole(removed));
                    if (k < pairs) {
                        addedOnly.add(whole(lines.get(removedEnd + k)));
                    }
                }
            }
            for (int k = pairs; k < addedEnd - removedEnd; k++) {
                addedOnly.add(whole(lines.get(removedEnd + k)));
            }
            rows.addAll(changed);
            rows.addAll(removedOnly);
            rows.addAll(addedOnly);
            i = addedEnd;
        }
        return rows;
    }

    /** An empty section has no lines at all, rather than one empty line. */
    private static String[] split(String text) {
        return text.isEmpty() ? new String[0] : text.split("\n", -1);
    }

    private static Row whole(Line line) {
        return new Row(line.op(), List.of(new Piece(line.op(), line.text())));
    }

    /** The word-by-word edit of one line, or null when the two lines share too little to be read as an edit. */
    private static Row words(String before, String after) {
        String[] a = before.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
        String[] b = after.split("(?<=\\s)(?=\\S)|(?<=\\S)(?=\\s)");
        if ((long) a.length * b.length > MAX_CELLS) {
            return null;
        }
        var tokens = lcs(a, b);
        long kept = tokens.stream()
                .filter(t -> t.op() == Op.SAME && !t.text().isBlank())
                .count();
        long longest = Math.max(words(a), words(b));
        if (kept * 2 < longest) {
            return null;
        }
        var pieces = merge(tokens.stream().map(t -> new Piece(t.op(), t.text())).toList());
        // A kept run of symbols alone ("-", "→") between changes reads as part of the change; left on its own it
        // would be a text without words that neither a reader nor a contrast checker can place.
        var readable = new ArrayList<Piece>();
        for (var p : pieces) {
            if (p.op() == Op.SAME
                    && !p.text().isBlank()
                    && p.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                readable.add(new Piece(Op.REMOVED, p.text()));
                readable.add(new Piece(Op.ADDED, p.text()));
            } else {
                readable.add(p);
            }
        }
        return new Row(Op.CHANGED, merge(readable));
    }

    /**
     * Neighbouring pieces of the same kind as one piece, and each run of changes between kept text as what went
     * then what came, so "a x b y" over "a z b w" with b a symbol reads as one replaced phrase.
     */
    private static List<Piece> merge(List<Piece> pieces) {
        var out = new ArrayList<Piece>();
        var removed = new StringBuilder();
        var added = new StringBuilder();
        for (var p : pieces) {
            if (p.op() == Op.REMOVED) {
                removed.append(p.text());
            } else if (p.op() == Op.ADDED) {
                added.append(p.text());
            } else {
                flush(out, removed, added);
                int last = out.size() - 1;
                if (last >= 0 && out.get(last).op() == Op.SAME) {
                    out.set(last, new Piece(Op.SAME, out.get(last).text() + p.text()));
                } else {
                    out.add(p);
                }
            }
        }
        flush(out, removed, added);
        return List.copyOf(out);
    }

    private static void flush(List<Piece> out, StringBuilder removed, StringBuilder added) {
        if (!removed.isEmpty()) {
            out.add(new Piece(Op.REMOVED, removed.toString()));
            removed.setLength(0);
        }
        if (!added.isEmpty()) {
            out.add(new Piece(Op.ADDED, added.toString()));
            added.setLength(0);
        }
    }

    private static long words(String[] tokens) {
        return java.util.Arrays.stream(tokens).filter(t -> !t.isBlank()).count();
    }

    private static List<Line> diff(String[] a, String[] b) {
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
