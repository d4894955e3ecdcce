package org.cocrea.drafts;

import java.time.OffsetDateTime;

/** One immutable version of a document, and the accepted amendment that made it (none for the first). */
public record Version(int number, OffsetDateTime createdAt, Long amendmentId) {}
