package org.cocrea.comments;

import java.util.Arrays;

/** The orders of a thread's comments; replies always follow their comment oldest first. */
public enum CommentSort {
    OLDEST("oldest"),
    NEWEST("newest"),
    REPLIED("replied");

    private final String code;

    CommentSort(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** The order named by {@code code}, oldest first when it names none. */
    public static CommentSort fromCode(String code) {
        return Arrays.stream(values())
                .filter(s -> s.code.equals(code))
                .findFirst()
                .orElse(OLDEST);
    }
}
