package org.cocrea.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;

/**
 * (Public for the templates.) A value an organisation sets for a unit of contribution, in euros, from a day on: an
 * hour of a volunteer's time, an hour of a professional's, a kilometre. Money counts at its face value and materials
 * are not valued.
 */
public record Rate(Kind kind, BigDecimal amount, LocalDate from) {
    /** What a rate values. */
    public enum Kind {
        VOLUNTEER_HOUR("volunteer-hour"),
        PROFESSIONAL_HOUR("professional-hour"),
        KILOMETRE("kilometre");

        private final String code;

        Kind(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static Optional<Kind> fromCode(String code) {
            return Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
        }

        /** The rate that values a contribution of this side and kind, if any. */
        static Optional<Kind> of(ContributionRecorded.Side side, ContributionRecorded.Kind kind) {
            return switch (kind) {
                case HOURS ->
                    Optional.of(side == ContributionRecorded.Side.CITIZEN ? VOLUNTEER_HOUR : PROFESSIONAL_HOUR);
                case KILOMETRES -> Optional.of(KILOMETRE);
                default -> Optional.empty();
            };
        }
    }
}
