package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;

/** The citizen's erasure of a plan's content: versions 1..upToVersion were cleared at erasedAt. */
public record Erasure(long requestedBy, OffsetDateTime erasedAt, int upToVersion) {}
