package org.cocrea.budget;

import java.time.OffsetDateTime;

/**
 * (Public for the templates.) One ballot staff recorded: by whom, when (shown with {@code ui.dateTime}), and for
 * which code or resident.
 */
public record PaperEntry(
        long id, long ballotId, long recordedBy, OffsetDateTime recordedAt, Long codeId, String residentKey) {
    /** A short reference to the resident, enough to tell entries apart without revealing the identifier. */
    public String residentRef() {
        return residentKey == null ? "" : residentKey.trim().substring(0, 8);
    }
}
