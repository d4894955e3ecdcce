package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** An initiative's life: drafts are seen by their members only. */
public enum Status {
    DRAFT("draft"),
    OPEN("open"),
    CLOSED("closed"),
    ARCHIVED("archived");

    private final String code;

    Status(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    /**
     * The moves a facilitator may make, all in one place: a draft opens (with a phase, checked by
     * {@code InitiativeService}), an open initiative closes, a closed one reopens, either is archived, an
     * archived one stays archived, and nothing goes back to draft once it was opened.
     */
    public boolean mayBecome(Status next) {
        return switch (this) {
            case DRAFT -> next == OPEN;
            case OPEN -> next == CLOSED || next == ARCHIVED;
            case CLOSED -> next == OPEN || next == ARCHIVED;
            case ARCHIVED -> false;
        };
    }

    public static Optional<Status> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
