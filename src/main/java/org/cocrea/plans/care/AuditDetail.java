package org.cocrea.plans.care;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.function.Function;
import org.cocrea.platform.Formats;
import org.cocrea.platform.Ui;

/**
 * (Public for the templates.) The detail of an access-log entry as its reader reads it. Details are stored as short
 * technical notes ({@code page 2}, {@code action 5 done}, {@code until 2026-12-03T14:30:00Z}); each word with a
 * translation ({@code plans.audit.word.*}) is shown in the reader's language and each moment in their language and
 * the organisation's time zone, so an Italian citizen never reads "page 1" or a UTC time in their log.
 */
public final class AuditDetail {
    private AuditDetail() {}

    public static String shown(Ui ui, String detail) {
        return shown(detail, ui.formats(), key -> {
            String text = ui.t(key);
            return text.equals(key) ? null : text;
        });
    }

    /**
     * The same where there is no page (the PDF): {@code message} gives a key's text in the reader's language, or
     * null when there is none.
     */
    public static String shown(String detail, Formats formats, Function<String, String> message) {
        if (detail == null || detail.isBlank()) {
            return "";
        }
        var words = new ArrayList<String>();
        for (String word : detail.strip().split(" ")) {
            words.add(word(word, formats, message));
        }
        return String.join(" ", words);
    }

    private static String word(String word, Formats formats, Function<String, String> message) {
        if (word.length() > 10 && Character.isDigit(word.charAt(0)) && word.endsWith("Z")) {
            try {
                return formats.dateTime(Instant.parse(word));
            } catch (DateTimeParseException notAMoment) {
                return word;
            }
        }
        String trailing = word.endsWith(":") ? ":" : "";
        String bare = trailing.isEmpty() ? word : word.substring(0, word.length() - 1);
        if (!bare.matches("[a-z][a-zA-Z-]*")) {
            return word;
        }
        for (String key : new String[] {"plans.audit.word." + bare, "member.role." + bare}) {
            String translated = message.apply(key);
            if (translated != null) {
                return translated + trailing;
            }
        }
        return word;
    }
}
