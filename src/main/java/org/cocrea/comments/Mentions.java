package org.cocrea.comments;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Finds the people a text mentions: an {@code @} followed by the full name of one of the people it may mention
 * (the initiative's members), ignoring case, and not followed by a letter or digit. Where two names fit, the
 * longer wins ("@Anna Maria Rossi" is Anna Maria Rossi, not Anna). Pure Java.
 */
final class Mentions {
    private Mentions() {}

    static Set<Long> find(String text, Map<Long, String> mentionable) {
        var found = new LinkedHashSet<Long>();
        if (text == null || mentionable.isEmpty()) {
            return found;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        var byLength = mentionable.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Comparator.comparingInt(
                                (Map.Entry<Long, String> e) -> e.getValue().length())
                        .reversed())
                .toList();
        for (int at = lower.indexOf('@'); at >= 0; at = lower.indexOf('@', at + 1)) {
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) {
                continue; // an address, not a mention
            }
            for (var e : byLength) {
                String name = e.getValue().toLowerCase(Locale.ROOT);
                int end = at + 1 + name.length();
                if (lower.startsWith(name, at + 1)
                        && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)))) {
                    found.add(e.getKey());
                    break;
                }
            }
        }
        return found;
    }
}
