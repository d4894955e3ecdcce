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

    /**
     * One paragraph of a comparison: its section, how it changed, and its words; an unchanged one is also shown as
     * its Markdown rendered ({@link #html()}).
     */
    public record Paragraph(String section, Kind change, boolean changed, List<Segment> segments, long textId) {
        public org.cocrea.platform.SafeHtml html() {
            return Rendered.of(
                    textId, segments.stream().map(Segment::text).collect(java.util.stream.Collectors.joining()));
        }
    }

    static List<String> tokens(String text) {
        var tokens = new ArrayList<String>();
        var m = TOKEN.matcher(text == null ? "" : text);
        while (m.find()) {
            tokens.add(m.group());
        }
        return tokens;
    }

    /**
     * The words of {@code to} against those of {@code from}; joining the kept and inserted segments gives {@code to},
     * the kept and deleted ones {@code from}. A space kept between two changes joins them, so "un angolo" → "due
     * angoli" reads as one deletion and one insertion rather than alternating words.
     */
    public static List<Segment> words(String from, String to) {
        var a = tokens(from);
        var b = tokens(to);
        var ops = new ArrayList<Segment>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            a.subList(at, start).forEach(t -> ops.add(new Segment(Kind.SAME, t)));
            delta.getSource().getLines().forEach(t -> ops.add(new Segment(Kind.DELETED, t)));
            delta.getTarget().getLines().forEach(t -> ops.add(new Segment(Kind.INSERTED, t)));
            at = start + delta.getSource().size();
        }
        a.subList(at, a.size()).forEach(t -> ops.add(new Segment(Kind.SAME, t)));
        var out = new ArrayList<Segment>();
        var deleted = new StringBuilder();
        var inserted = new StringBuilder();
        for (int i = 0; i < ops.size(); i++) {
            var op = ops.get(i);
            boolean joins = op.kind() == Kind.SAME
                    && op.text().isBlank()
                    && (!deleted.isEmpty() || !inserted.isEmpty())
                    && i + 1 < ops.size()
                    && ops.get(i + 1).kind() != Kind.SAME;
            if (op.kind() == Kind.SAME && !joins) {
                flush(out, deleted, inserted);
                add(out, Kind.SAME, op.text());
            } else {
                if (op.kind() != Kind.INSERTED) {
                    deleted.append(op.text());
                }
                if (op.kind() != Kind.DELETED) {
                    inserted.append(op.text());
                }
            }
        }
        flush(out, deleted, inserted);
        return out;
    }

    private static void flush(List<Segment> out, StringBuilder deleted, StringBuilder inserted) {
        if (!deleted.isEmpty() && deleted.toString().equals(inserted.toString())) {
            add(out, Kind.SAME, deleted.toString()); // only joining spaces, nothing changed
        } else {
            add(out, Kind.DELETED, deleted.toString());
            add(out, Kind.INSERTED, inserted.toString());
        }
        deleted.setLength(0);
        inserted.setLength(0);
    }

    private static void add(List<Segment> out, Kind kind, String text) {
        if (text.isEmpty()) {
            return;
        }
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
                        gone.section(),
                        Kind.DELETED,
                        true,
                        List.of(new Segment(Kind.DELETED, gone.body())),
                        gone.textId()));
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
                                        List.of(new Segment(Kind.INSERTED, added.body())),
                                        added.textId()));
            }
        }
        for (; b < to.size(); b++) {
            out.add(kept(before.get(to.get(b).paragraphId()), to.get(b)));
        }
        return out;
    }

    private static Paragraph kept(Item old, Item now) {
        if (old.textId() == now.textId()) {
            return new Paragraph(
                    now.section(), Kind.SAME, false, List.of(new Segment(Kind.SAME, now.body())), now.textId());
        }
        return new Paragraph(now.section(), Kind.SAME, true, words(old.body(), now.body()), now.textId());
    }
}
