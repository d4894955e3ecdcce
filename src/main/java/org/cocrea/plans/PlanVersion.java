package org.cocrea.plans;

import java.time.OffsetDateTime;

/** One immutable version of a plan: number, author, time and content. */
public record PlanVersion(
        long toolInstanceId, int version, Long authorId, OffsetDateTime createdAt, PlanContent content) {}
