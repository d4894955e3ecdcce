package org.cocrea.drafts;

import java.time.OffsetDateTime;

/**
 * A shared document: while {@code editing} only its author and co-authors see it and change its working text
 * (each save bumps {@code edition}); {@code open}, its versions are read and amended; {@code final}, its last
 * version is the outcome of the phase.
 */
public record Document(
        long id,
        long toolInstanceId,
        Long authorId,
        String title,
        String status,
        String workingText,
        int edition,
        int currentVersion,
        OffsetDateTime createdAt) {
    public static final String EDITING = "editing";
    public static final String OPEN = "open";
    public static final String FINAL = "final";

    public boolean editing() {
        return EDITING.equals(status);
    }

    public boolean open() {
        return OPEN.equals(status);
    }

    public boolean isFinal() {
        return FINAL.equals(status);
    }
}
