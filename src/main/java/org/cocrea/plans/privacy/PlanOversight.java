package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;

/** What an administrator may know of a plan: that it exists, where, since when and how big its team is. */
public record PlanOversight(long instanceId, long initiativeId, OffsetDateTime createdAt, int teamSize) {}
