package org.cocrea.voting.pabulib;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits one {@code ;}-separated line. A field is quoted only when it starts with a double quote
 * (doubled quotes inside it stand for one, and it must be closed on the same line); quotes
 * elsewhere are literal text, as several real files have them inside project names.
 */
final class Fields {

    private Fields() {}

    /** The fields of the line, or throws with a description of the quoting problem. */
    static List<String> split(String line) throws QuotingException {
        List<String> fields = new ArrayList<>();
        int i = 0;
        int n = line.length();
        while (true) {
            if (i < n && line.charAt(i) == '"') {
                StringBuilder field = new StringBuilder();
                i = readQuoted(line, i + 1, field);
                // Like Python's csv module, keep text after the closing quote: real files have
                // names such as "Odkupmy" i my.
                int end = line.indexOf(';', i);
                end = end < 0 ? n : end;
                field.append(line, i, end);
                fields.add(field.toString());
                i = end;
            } else {
                int end = line.indexOf(';', i);
                end = end < 0 ? n : end;
                fields.add(line.substring(i, end));
                i = end;
            }
            if (i >= n) {
                return fields;
            }
            i++; // skip ';'
            if (i == n) {
                fields.add("");
                return fields;
            }
        }
    }

    private static int readQuoted(String line, int i, StringBuilder field) throws QuotingException {
        int n = line.length();
        while (i < n) {
            char c = line.charAt(i);
            if (c == '"') {
                if (i + 1 < n && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            field.append(c);
            i++;
        }
        throw new QuotingException("unterminated quoted field");
    }

    static final class QuotingException extends Exception {
        private static final long serialVersionUID = 1L;

        QuotingException(String message) {
            super(message);
        }
    }
}
