package org.cocrea.evidence.population;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** (Public for the templates.) The three dimensions an organisation describes its population by. */
public enum Dimension {
    AGE("age"),
    GENDER("gender"),
    DISTRICT("district");

    private static final Map<String, Dimension> NAMES = Map.of(
            "age", AGE,
            "eta", AGE,
            "età", AGE,
            "gender", GENDER,
            "genere", GENDER,
            "sesso", GENDER,
            "district", DISTRICT,
            "quartiere", DISTRICT,
            "zona", DISTRICT);

    private final String code;

    Dimension(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The dimension a CSV cell names, in English or Italian, any case. */
    static Optional<Dimension> named(String text) {
        return Optional.ofNullable(NAMES.get(text.strip().toLowerCase(Locale.ROOT)));
    }

    static Dimension fromCode(String code) {
        for (var d : values()) {
            if (d.code.equals(code)) {
                return d;
            }
        }
        throw new IllegalArgumentException(code);
    }
}
