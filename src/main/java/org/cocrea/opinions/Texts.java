package org.cocrea.opinions;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a statement's text may hold, and its normalised form for finding duplicates. */
final class Texts {
    static final int MAX = 280;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern PUNCTUATION = Pattern.compile("[\\p{P}\\p{S}]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private Texts() {}

    /**
     * Lower case, accents, punctuation and symbols removed, spaces collapsed: "Più piste, meno auto!" and "piu
     * piste meno auto" are the same statement.
     */
    static String normalised(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFD);
        s = MARKS.matcher(s).replaceAll("");
        s = s.toLowerCase(Locale.ROOT);
        s = PUNCTUATION.matcher(s).replaceAll(" ");
        return SPACES.matcher(s).replaceAll(" ").trim();
    }

    /** True when the text holds a control character other than the ordinary white space a form may send. */
    static boolean hasControl(String text) {
        return text.codePoints()
                .anyMatch(c -> (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\r' && c != '\t')
                        || c == 0x2028
                        || c == 0x2029
                        || Character.getType(c) == Character.FORMAT && c != 0x200D);
    }

    /** The text as stored: white space (new lines included) collapsed to single spaces, trimmed. */
    static String cleaned(String text) {
        return text == null ? "" : SPACES.matcher(text).replaceAll(" ").trim();
    }
}
