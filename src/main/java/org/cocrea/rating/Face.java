package org.cocrea.rating;

import java.util.Arrays;
import java.util.Optional;

/** (Public because the precompiled templates read it.) The three faces and the score each stores. */
public enum Face {
    NEGATIVE("negative", -1, "M10 23 Q16 17 22 23"),
    NEUTRAL("neutral", 0, "M10 21 H22"),
    POSITIVE("positive", 1, "M10 19 Q16 25 22 19");

    private final String code;
    private final int score;
    private final String mouth;

    Face(String code, int score, String mouth) {
        this.code = code;
        this.score = score;
        this.mouth = mouth;
    }

    public String code() {
        return code;
    }

    public int score() {
        return score;
    }

    /**
     * The face's mouth as an SVG path in a 32 × 32 box (a frown, a straight line, a smile). The page draws the faces
     * itself rather than with emoji, which look different on every device and are missing from some fonts; the
     * picture is decorative, the page always says the face in words beside it.
     */
    public String mouth() {
        return mouth;
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
