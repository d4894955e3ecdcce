package org.cocrea.map;

import java.util.List;
import org.cocrea.initiatives.ToolAccess;

/**
 * The map page: one page of the text list of features (the map's alternative), how many there are, and the
 * initiative's area as GeoJSON for the map to outline (null when it has none), and each listed feature's number of
 * comments.
 */
public record MapPage(
        ToolAccess map,
        List<MapFeature> features,
        java.util.Map<Long, Long> comments,
        int total,
        int page,
        int pages,
        String area) {
    /** How many comments the feature has (hidden ones not counted). */
    public long commentsOf(MapFeature feature) {
        return comments.getOrDefault(feature.id(), 0L);
    }

    public boolean mayDraw() {
        return map.may(MapTool.DRAW);
    }

    public boolean moderates() {
        return map.may(MapTool.MODERATE);
    }
}
