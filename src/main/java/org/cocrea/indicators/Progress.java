package org.cocrea.indicators;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Progress toward a target, in per cent: (latest − baseline) / (target − baseline) × 100. The target always lies on
 * the better side of the baseline (a rule of the form and a CHECK of the table), so the same formula respects the
 * direction: for "lower is better" both differences are negative and a fall is progress. The raw value is stored
 * and published (it may pass 100 or fall below 0); pages show it clamped to 0–100, saying when it is beyond.
 */
public record Progress(BigDecimal raw) {

    /** Refused by the caller before: a target equal to the baseline leaves nothing to measure. */
    public static Progress of(BigDecimal baseline, BigDecimal target, BigDecimal latest) {
        BigDecimal span = target.subtract(baseline);
        if (span.signum() == 0) {
            throw new IllegalArgumentException("target equals baseline");
        }
        return new Progress(latest.subtract(baseline)
                .multiply(BigDecimal.valueOf(100))
                .divide(span, MathContext.DECIMAL64)
                .setScale(2, RoundingMode.HALF_UP));
    }

    /** The share shown, whole per cent between 0 and 100. */
    public int shown() {
        return raw.max(BigDecimal.ZERO)
                .min(BigDecimal.valueOf(100))
                .setScale(0, RoundingMode.HALF_UP)
                .intValue();
    }

    public boolean beyond() {
        return raw.compareTo(BigDecimal.valueOf(100)) > 0;
    }

    public boolean backwards() {
        return raw.signum() < 0;
    }
}
