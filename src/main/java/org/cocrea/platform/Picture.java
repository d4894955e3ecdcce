package org.cocrea.platform;

import java.util.List;
import java.util.stream.Collectors;

/**
 * A stored image as a page shows it: its sizes for {@code srcset}, the dimensions of the widest (so the browser
 * keeps its place while loading) and its alternative text in each language given (at least one).
 */
public record Picture(long id, String altEn, String altIt, int width, int height, List<Integer> widths) {
    public Picture {
        widths = List.copyOf(widths);
    }

    /**
     * The picture of a stored image from its row alone: the sizes stored are those {@link Images} makes for its
     * width, so a page that reads the image row with its owner (a join) needs no statement of its own.
     */
    public static Picture of(long id, String altEn, String altIt, int width, int height) {
        return new Picture(id, altEn, altIt, width, height, ImageProcessing.widths(width));
    }

    /** The widest stored size, the default source. */
    public String src() {
        return path(widths.get(widths.size() - 1));
    }

    public String srcset() {
        return widths.stream().map(w -> path(w) + " " + w + "w").collect(Collectors.joining(", "));
    }

    public String path(int w) {
        return "/images/" + id + "/" + w;
    }

    /** The widest stored size's width and height, for the {@code img} element. */
    public int shownWidth() {
        return widths.get(widths.size() - 1);
    }

    public int shownHeight() {
        return Math.max(1, (int) Math.round((double) height * shownWidth() / width));
    }

    /** The text in the reader's language, or in the other one when only that was given. */
    public String alt(String languageCode) {
        String wanted = "it".equals(languageCode) ? altIt : altEn;
        String other = "it".equals(languageCode) ? altEn : altIt;
        return wanted != null && !wanted.isBlank() ? wanted : other == null ? "" : other;
    }
}
