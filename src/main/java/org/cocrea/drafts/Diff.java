package org.cocrea.drafts;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Word-level differences, with java-diff-utils (Myers): of two texts, as segments kept, inserted or deleted (the
 * pages print them escaped inside {@code <ins>}/{@code <del>}, with words for screen readers); and of two versions
 * of a document, paragraph by paragraph, matched by paragraph identity so that a changed paragraph shows its
 * words and an added or deleted one shows whole.
 */
public final class Diff {
    /** Words (letters and digits), runs of spaces, and every other character alone. */
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_]+|\\s+|[^\\p{L}\\p{N}_\\s]");

    private Diff() {}

    public enum Kind {
        SAME,
        INSERTED,
        DELETED
    }

    /** A run of text kept, inserted or deleted. */
    public record Segment(Kind kind, String text) {
        public boolean inserted() {
            return kind == Kind.INSERTED;
        }

        public boolean deleted() {
            return kind == Kind.DELETED;
        }
    }

    /** One paragraph of a comparison: its section, how it changed, and its words. */
    public record Paragraph(String section, Kind change, boolean changed, List<Segment> segments) {}

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        var m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /** The words of {@code to} against those of {@code from}; joining the kept and inserted segments gives {@code to}. */
    public static List<Segment> words(String from, String to) {
        var a = tokens(from);
        var b = tokens(to);
        var out = new ArrayList<Segment>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(out, Kind.SAME, a.subList(at, start));
            add(out, Kind.DELETED, delta.getSource().getLines());
            add(out, Kind.INSERTED, delta.getTarget().getLines());
            at = start + delta.getSource().size();
        }
        add(out, Kind.SAME, a.subList(at, a.size()));
        return out;
    }

    private static void add(List<Segment> out, Kind kind, List<String> tokens) {
        if (tokens.isEmpty()) {
            return;
        }
        String text = String.join("", tokens);
        if (!out.isEmpty() && out.get(out.size() - 1).kind() == kind) {
            var last = out.remove(out.size() - 1);
            text = last.text() + text;
        }
        out.add(new Segment(kind, text));
    }

    /**
     * Two versions' paragraphs compared: paragraphs are matched by identity (a paragraph keeps it across
     * versions), so the sequence diff of identities finds the added and deleted ones and each kept one is
     * compared word by word when its text changed.
     */
    static List<Paragraph> versions(List<Item> from, List<Item> to) {
        var fromIds = from.stream().map(Item::paragraphId).toList();
        var toIds = to.stream().map(Item::paragraphId).toList();
        Map<Long, Item> before = new HashMap<>();
        from.forEach(i -> before.put(i.paragraphId(), i));
        var out = new ArrayList<Paragraph>();
        int a = 0;
        int b = 0;
        for (AbstractDelta<Long> delta : DiffUtils.diff(fromIds, toIds).getDeltas()) {
            for (; b < delta.getTarget().getPosition(); b++, a++) {
                out.add(kept(before.get(to.get(b).paragraphId()), to.get(b)));
            }
            for (int i = 0; i < delta.getSource().size(); i++, a++) {
                var gone = from.get(a);
                out.add(new Paragraph(
                        gone.section(), Kind.DELETED, true, List.of(new Segment(Kind.DELETED, gone.body()))));
            }
            for (int i = 0; i < delta.getTarget().size(); i++, b++) {
                var added = to.get(b);
                var old = before.get(added.paragraphId());
                out.add(
                        old != null
                                ? kept(old, added)
                                : new Paragraph(
                                        added.section(),
                                        Kind.INSERTED,
                                        true,
                                        List.of(new Segment(Kind.INSERTED, added.body()))));
            }
        }
        for (; b < to.size(); b++) {
            out.add(kept(before.get(to.get(b).paragraphId()), to.get(b)));
        }
        return out;
    }

    private static Paragraph kept(Item old, Item now) {
        if (old.textId() == now.textId()) {
            return new Paragraph(now.section(), Kind.SAME, false, List.of(new Segment(Kind.SAME, now.body())));
        }
        return new Paragraph(now.section(), Kind.SAME, true, words(old.body(), now.body()));
    }
}
