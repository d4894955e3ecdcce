package org.cocrea.opinions;

import java.time.OffsetDateTime;

/**
 * A statement as pages show it: its text, whether it is pending, published or rejected, and how many votes it
 * has (all participants together; never who voted what).
 */
public record Statement(
        long id,
        long toolInstanceId,
        Long authorId,
        boolean seeded,
        String body,
        String status,
        long votes,
        OffsetDateTime createdAt) {
    public boolean published() {
        return "published".equals(status);
    }

    public boolean pending() {
        return "pending".equals(status);
    }
}
