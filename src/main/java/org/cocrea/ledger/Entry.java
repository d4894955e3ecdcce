package org.cocrea.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.cocrea.initiatives.Phase;
import org.cocrea.ledger.ContributionRecorded.Kind;
import org.cocrea.ledger.ContributionRecorded.Side;

/** (Public for the templates.) One of a person's own entries as "my contributions" lists it. */
public record Entry(
        long id,
        long initiativeId,
        Phase phase,
        String toolId,
        Side side,
        Kind kind,
        BigDecimal quantity,
        String unit,
        LocalDate on) {
    /** The kind as the message keys name it: {@code hours}, {@code money}, {@code materials}, {@code kilometres}. */
    public String kindCode() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
