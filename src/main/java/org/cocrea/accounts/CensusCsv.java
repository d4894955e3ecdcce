package org.cocrea.accounts;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.cocrea.platform.Refused;

/**
 * Reads a census list: UTF-8 text, one identifier a line (optionally in double quotes), blank lines and lines
 * starting with {@code #} ignored. Anything else is refused as a whole with the number of the first bad line,
 * so that a half-read list is never stored.
 */
final class CensusCsv {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_IDENTIFIER = 64;

    private CensusCsv() {}

    /**
     * Why a list was refused: a refusal of the upload form's file, with the line it concerns (0 for the whole
     * file) as the message's argument.
     */
    static Refused refused(String key, int line) {
        return new Refused("file", key, line);
    }

    /** The line a refusal of {@link #refused} concerns (0: the whole file). */
    static int line(Refused refused) {
        return refused.args().length > 0 && refused.args()[0] instanceof Integer line ? line : 0;
    }

    /** The distinct normalised identifiers of the file, in file order. */
    static Set<String> read(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw refused("residents.csv.empty", 0);
        }
        if (bytes.length > MAX_BYTES) {
            throw refused("residents.csv.tooLarge", 0);
        }
        var identifiers = new LinkedHashSet<String>();
        int start = 0;
        int line = 1;
        while (start <= bytes.length) {
            int end = start;
            while (end < bytes.length && bytes[end] != '\n') {
                end++;
            }
            String text = decode(bytes, start, end, line);
            if (line == 1 && text.startsWith("\uFEFF")) {
                text = text.substring(1);
            }
            String identifier = identifier(text, line);
            if (identifier != null) {
                identifiers.add(identifier);
            }
            start = end + 1;
            line++;
        }
        if (identifiers.isEmpty()) {
            throw refused("residents.csv.empty", 0);
        }
        return identifiers;
    }

    private static String decode(byte[] bytes, int start, int end, int line) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, end - start))
                    .toString();
        } catch (CharacterCodingException e) {
            throw refused("residents.csv.encoding", line);
        }
    }

    /** The identifier on a line, null for a line to skip. */
    private static String identifier(String text, int line) {
        String value = text.strip();
        if (value.isEmpty() || value.startsWith("#")) {
            return null;
        }
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1).strip();
        }
        if (value.indexOf(',') >= 0 || value.indexOf(';') >= 0 || value.indexOf('\t') >= 0) {
            throw refused("residents.csv.columns", line);
        }
        String normalised = normalise(value);
        if (normalised == null) {
            throw refused("residents.csv.identifier", line);
        }
        return normalised;
    }

    /**
     * The canonical form of an identifier, the same for the list and for what a citizen types: trimmed, upper
     * case, at most 64 characters, no control characters or quotes. Null when it is not a valid identifier.
     */
    static String normalise(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT);
        if (v.isEmpty() || v.length() > MAX_IDENTIFIER) {
            return null;
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (Character.isISOControl(c) || c == '"' || Character.isWhitespace(c) && c != ' ') {
                return null;
            }
        }
        return v;
    }
}
