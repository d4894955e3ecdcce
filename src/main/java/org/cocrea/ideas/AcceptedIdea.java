package org.cocrea.ideas;

import java.math.BigDecimal;

/**
 * An accepted proposal, as other modules see it (the participatory budget turns these into projects). The body
 * is Markdown; cost and map point are optional.
 */
public record AcceptedIdea(
        long id,
        String title,
        String body,
        Long costCents,
        String category,
        BigDecimal latitude,
        BigDecimal longitude,
        Long imageId) {
    public boolean hasPoint() {
        return latitude != null && longitude != null;
    }

    /** A link to the point on OpenStreetMap, or null when the proposal has no point. */
    public String mapUrl() {
        return hasPoint() ? org.cocrea.platform.MapPoints.url(latitude, longitude) : null;
    }
}
