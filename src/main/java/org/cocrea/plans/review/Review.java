package org.cocrea.plans.review;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A review meeting that closed cycle {@code cycle}: the plan version it reviewed and, when it opened the next
 * cycle, the version it started (both null without a plan).
 */
public record Review(
        long id,
        int cycle,
        LocalDate heldOn,
        String summary,
        String decisions,
        Integer reviewedVersion,
        Integer openedVersion,
        Long recordedBy,
        OffsetDateTime recordedAt,
        List<Long> participants) {}
