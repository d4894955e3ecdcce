package org.cocrea.platform;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The languages Cocrea speaks. Every message exists in each of them. */
public enum Language {
    IT("Italiano"),
    EN("English");

    private final String nativeName;

    Language(String nativeName) {
        this.nativeName = nativeName;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String nativeName() {
        return nativeName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code());
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values())
                .filter(l -> l.code().equals(code.trim().toLowerCase(Locale.ROOT)))
                .findFirst();
    }

    public static Language of(Locale locale) {
        return fromCode(locale.getLanguage()).orElse(EN);
    }
}
