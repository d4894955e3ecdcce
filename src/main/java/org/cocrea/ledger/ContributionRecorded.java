package org.cocrea.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;
import org.cocrea.accounts.PersonKind;
import org.cocrea.initiatives.Phase;

/**
 * Published by a tool, inside the transaction that stores it, when someone contributed to delivering a service: a
 * shift's checked-in hours, a pact report's hours and materials, a plan diary entry's time or resources. The ledger
 * keeps one entry per {@code key}: the same key again with the same or a lower revision changes nothing (a replayed
 * or retried event), a higher revision replaces the entry (a coordinator's correction; a quantity of zero withdraws
 * it). It carries amounts only, never the text of a plan or report.
 *
 * @param key the source item, unique across tools, starting with the tool id: {@code shifts:signup:42:hours}
 * @param revision 1 for the first record, higher for each correction of the same key
 * @param phase the phase of the tool instance the contribution was made in
 * @param personId who contributed, or null for an organisation's input not tied to a person
 * @param quantity hours for {@link Kind#HOURS}, euros for {@link Kind#MONEY}, kilometres, or units of materials
 * @param unit what a unit of materials is ("sacchi", "piantine"), else null
 */
public record ContributionRecorded(
        String key,
        long revision,
        long initiativeId,
        Phase phase,
        String toolId,
        long toolInstanceId,
        Long personId,
        Side side,
        Kind kind,
        BigDecimal quantity,
        String unit,
        LocalDate on) {

    public ContributionRecorded {
        Objects.requireNonNull(key);
        Objects.requireNonNull(phase);
        Objects.requireNonNull(toolId);
        Objects.requireNonNull(side);
        Objects.requireNonNull(kind);
        Objects.requireNonNull(quantity);
        Objects.requireNonNull(on);
        if (revision < 1 || quantity.signum() < 0) {
            throw new IllegalArgumentException("revision from 1 and quantity not negative: " + key);
        }
    }

    /** Who gave it: citizens (residents, parents, volunteers, associations) or the organisation's professionals. */
    public enum Side {
        CITIZEN,
        PROFESSIONAL;

        public static Side of(PersonKind kind) {
            return kind == PersonKind.PROFESSIONAL ? PROFESSIONAL : CITIZEN;
        }
    }

    /** What was given. */
    public enum Kind {
        HOURS,
        MONEY,
        MATERIALS,
        KILOMETRES
    }
}
