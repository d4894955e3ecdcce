package org.cocrea.ideas;

import java.util.Arrays;
import java.util.Optional;

/** Where a proposal stands: new, then the facilitators' official answers. */
public enum IdeaStatus {
    OPEN("open"),
    EVALUATING("evaluating"),
    ACCEPTED("accepted"),
    REJECTED("rejected");

    private final String code;

    IdeaStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<IdeaStatus> fromCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }

    /** The statuses a facilitator may give as an official answer. */
    public boolean isAnswer() {
        return this != OPEN;
    }
}
