package org.cocrea.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** (Public for the templates.) How many identifiers an organisation's census list holds, and since when. */
public record CensusView(int entries, String uploadedAt) {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    static CensusView of(int entries, OffsetDateTime uploadedAt) {
        return new CensusView(entries, when(uploadedAt));
    }

    /** A moment as the register's pages show it, in the municipalities' time zone. */
    static String when(OffsetDateTime moment) {
        return moment.atZoneSameInstant(ZoneId.of("Europe/Rome")).format(WHEN);
    }
}
