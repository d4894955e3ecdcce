package org.cocrea.evidence.population;

import java.math.BigDecimal;

/**
 * (Public for the templates.) One band of an organisation's population: a count of people, or a share in percent
 * ({@code share}); within a dimension the bands are all counts or all shares. For gender the band is a code
 * ({@code female}, {@code male}, {@code other}); for age a range such as {@code 18-29} or {@code 75+}; for districts
 * the organisation's own name.
 */
public record Margin(Dimension dimension, String band, BigDecimal amount, boolean share) {
    /** The amount without trailing zeros, so 12.5000 as stored and 12.5 as typed are the same margin. */
    public Margin {
        amount = amount.stripTrailingZeros();
        if (amount.scale() < 0) {
            amount = amount.setScale(0);
        }
    }
}
