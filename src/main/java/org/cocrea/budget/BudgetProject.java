package org.cocrea.budget;

import java.math.BigDecimal;
import org.cocrea.platform.Markdown;

/**
 * A project voters may fund; {@code position} is the election order, which breaks ties. Its point (both or neither)
 * comes from the accepted proposal it was imported from.
 */
public record BudgetProject(
        long id,
        long budgetId,
        int position,
        String title,
        String description,
        long costCents,
        String category,
        BigDecimal latitude,
        BigDecimal longitude,
        Long imageId) {

    public BudgetProject(
            long id, long budgetId, int position, String title, String description, long costCents, String category) {
        this(id, budgetId, position, title, description, costCents, category, null, null, null);
    }

    public BigDecimal cost() {
        return Money.of(costCents);
    }

    public org.cocrea.platform.SafeHtml descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    /** The point on OpenStreetMap (no map script needed), or null without a point. */
    public String mapUrl() {
        if (!hasPoint()) {
            return null;
        }
        String lat = latitude.stripTrailingZeros().toPlainString();
        String lon = longitude.stripTrailingZeros().toPlainString();
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    }
}
