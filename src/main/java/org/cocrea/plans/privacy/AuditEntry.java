package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;

/** One access to plan data: who, when, what (an action code and a short detail) and from where. */
public record AuditEntry(
        Long personId, OffsetDateTime accessedAt, String action, String detail, String remoteAddress) {}
