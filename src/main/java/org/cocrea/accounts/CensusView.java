package org.cocrea.accounts;

import java.time.OffsetDateTime;

/**
 * (Public for the templates.) How many identifiers an organisation's census list holds, and since when (shown with
 * {@code ui.dateTime}, in the organisation's time zone and the reader's language).
 */
public record CensusView(int entries, OffsetDateTime uploadedAt) {

    static CensusView of(int entries, OffsetDateTime uploadedAt) {
        return new CensusView(entries, uploadedAt);
    }
}
