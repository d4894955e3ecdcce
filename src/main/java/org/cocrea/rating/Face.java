package org.cocrea.rating;

import java.util.Arrays;
import java.util.Optional;

/** (Public because the precompiled templates read it.) The three faces and the score each stores. */
public enum Face {
    NEGATIVE("negative", -1, "🙁"),
    NEUTRAL("neutral", 0, "😐"),
    POSITIVE("positive", 1, "🙂");

    private final String code;
    private final int score;
    private final String icon;

    Face(String code, int score, String icon) {
        this.code = code;
        this.score = score;
        this.icon = icon;
    }

    public String code() {
        return code;
    }

    public int score() {
        return score;
    }

    /** A decorative picture of the face; the page always says the face in words beside it. */
    public String icon() {
        return icon;
    }

    public static Optional<Face> fromCode(String code) {
        return Arrays.stream(values()).filter(f -> f.code.equals(code)).findFirst();
    }

    public static Face of(int score) {
        return Arrays.stream(values())
                .filter(f -> f.score == score)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("score " + score));
    }
}
