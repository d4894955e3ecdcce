package org.cocrea.initiatives;

import java.time.OffsetDateTime;

/** A tool placed in one phase of one initiative; tools key their own tables by {@link #id()}. */
public record ToolInstance(long id, long initiativeId, Phase phase, String toolId, OffsetDateTime createdAt) {}
