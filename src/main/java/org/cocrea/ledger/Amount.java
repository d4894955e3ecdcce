package org.cocrea.ledger;

import java.math.BigDecimal;
import org.cocrea.ledger.ContributionRecorded.Kind;

/** (Public for the templates.) How much of one kind (and unit, for materials) and in how many entries. */
public record Amount(Kind kind, String unit, BigDecimal quantity, long entries) {
    /** The kind as the message keys name it: {@code hours}, {@code money}, {@code materials}, {@code kilometres}. */
    public String kindCode() {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }
}
