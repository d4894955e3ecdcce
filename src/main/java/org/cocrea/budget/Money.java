package org.cocrea.budget;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Cents to currency and back; cents keep every sum exact. */
final class Money {
    private Money() {}

    static BigDecimal of(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    /** Parses a positive amount with at most two decimals ("1500", "1500.5", "1500,50"); empty when invalid. */
    static java.util.OptionalLong parseCents(String text) {
        if (text == null || text.isBlank()) {
            return java.util.OptionalLong.empty();
        }
        try {
            BigDecimal value = new BigDecimal(text.trim().replace(',', '.'));
            if (value.signum() <= 0
                    || value.scale() > 2
                    || value.compareTo(BigDecimal.valueOf(1_000_000_000_000L)) > 0) {
                return java.util.OptionalLong.empty();
            }
            return java.util.OptionalLong.of(
                    value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return java.util.OptionalLong.empty();
        }
    }
}
