package org.cocrea.tracking;

import java.math.BigDecimal;

/**
 * (Public because the precompiled templates read it.) What a facilitator may import: a funded budget project
 * ({@code budget}) or an accepted proposal ({@code idea}), not tracked yet; the cost in cents, or null.
 */
public record Importable(String kind, long sourceId, String title, String description, Long costCents, Long imageId) {
    /** The value the import form sends, {@code kind:id}. */
    public String key() {
        return kind + ":" + sourceId;
    }

    public BigDecimal cost() {
        return costCents == null ? null : BigDecimal.valueOf(costCents, 2);
    }
}
