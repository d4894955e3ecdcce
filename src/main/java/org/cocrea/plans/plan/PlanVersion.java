package org.cocrea.plans.plan;

import java.time.OffsetDateTime;
import org.cocrea.plans.PlanContent;

/** One immutable version of a plan: number, author, time and content. */
public record PlanVersion(
        long toolInstanceId, int version, Long authorId, OffsetDateTime createdAt, PlanContent content) {}
