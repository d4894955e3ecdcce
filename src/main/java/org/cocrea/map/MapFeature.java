package org.cocrea.map;

import java.time.OffsetDateTime;
import org.cocrea.initiatives.GeometryText;

/** A feature drawn on a map, as the pages show it; {@code authorName} null once its author deleted their account. */
public record MapFeature(
        long id,
        long instanceId,
        Long authorId,
        String authorName,
        String title,
        String category,
        String description,
        String kind,
        String geojson,
        int vertices,
        boolean hidden,
        OffsetDateTime createdAt) {

    /** The positions as "latitude, longitude" lines, as the form takes them. */
    public String coordinatesText() {
        return GeometryText.text(GeometryText.positionsOf(geojson));
    }
}
