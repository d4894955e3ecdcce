package org.cocrea.initiatives.core;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form full-text search compares: lower case, accents taken off (NFD, then combining marks
 * dropped), so that "citta" finds "Città". Stored in {@code initiative.search_text} for title and summary and
 * applied to the query's words, the same on H2 and PostgreSQL because the folding happens here, not in SQL.
 */
public final class SearchText {
    /** The column's length; folding can lengthen a text (decomposed letters), so it is cut to fit. */
    static final int MAX = 2100;
    /** Words shorter than this would match nearly everything, so they are ignored. */
    static final int MIN_WORD = 2;
    /** More words than this add nothing but work for the database. */
    static final int MAX_WORDS = 8;

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {}

    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String lower = text.toLowerCase(Locale.ROOT);
        return MARKS.matcher(Normalizer.normalize(lower, Normalizer.Form.NFD)).replaceAll("");
    }

    /** What is stored for an initiative: title and summary folded, one space between. */
    public static String of(String title, String summary) {
        String folded = SPACES.matcher(fold(title) + " " + fold(summary)).replaceAll(" ");
        return folded.length() <= MAX ? folded : folded.substring(0, MAX);
    }

    /** The query's words, folded, distinct, without the very short ones; at most {@link #MAX_WORDS}. */
    static List<String> words(String query) {
        if (query == null || query.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SPACES.split(fold(query).trim()))
                .filter(w -> w.codePointCount(0, w.length()) >= MIN_WORD)
                .distinct()
                .limit(MAX_WORDS)
                .toList();
    }

    /** A word as a LIKE pattern that finds it anywhere, its own {@code %}, {@code _} and {@code \} taken literally. */
    static String containing(String word) {
        return "%" + word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
