package org.cocrea.survey;

import java.util.Arrays;
import java.util.Optional;

/**
 * (Public because the precompiled templates read it.) What an item of a survey is: a section heading or a kind of
 * question. Closed questions (choices and scales) can decide what is shown after them and group a cross-tabulation.
 */
public enum QuestionKind {
    SECTION("section"),
    SINGLE("single"),
    MULTIPLE("multiple"),
    MATRIX("matrix"),
    RANKING("ranking"),
    SCALE5("scale5"),
    SCALE10("scale10"),
    NPS("nps"),
    SHORT("short"),
    LONG("long"),
    NUMBER("number"),
    DATE("date"),
    POINT("point");

    private final String code;

    QuestionKind(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<QuestionKind> of(String code) {
        return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }

    /** Answered by one of a few values, which a skip condition and a cross-tabulation can name. */
    public boolean closed() {
        return this == SINGLE || this == MULTIPLE || isScale();
    }

    public boolean isScale() {
        return this == SCALE5 || this == SCALE10 || this == NPS;
    }

    /** Lists options the facilitator writes. */
    public boolean hasOptions() {
        return this == SINGLE || this == MULTIPLE || this == RANKING || this == MATRIX;
    }

    /** Answered in words (listed in the results, hidden below five answers in an anonymous survey). */
    public boolean textual() {
        return this == SHORT || this == LONG || this == DATE || this == POINT;
    }

    /** The lowest and highest value of a scale. */
    public int low() {
        return this == NPS ? 0 : 1;
    }

    public int high() {
        return switch (this) {
            case SCALE5 -> 5;
            case SCALE10, NPS -> 10;
            default -> 0;
        };
    }
}
