package org.cocrea.budget;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** (Public for the templates.) One ballot staff recorded: by whom, when, and for which code or resident. */
public record PaperEntry(
        long id, long ballotId, long recordedBy, OffsetDateTime recordedAt, Long codeId, String residentKey) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    public String when() {
        return recordedAt.atZoneSameInstant(ZoneId.of("Europe/Rome")).format(WHEN);
    }

    /** A short reference to the resident, enough to tell entries apart without revealing the identifier. */
    public String residentRef() {
        return residentKey == null ? "" : residentKey.trim().substring(0, 8);
    }
}
