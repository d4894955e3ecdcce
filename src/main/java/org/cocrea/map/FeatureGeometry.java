package org.cocrea.map;

import org.cocrea.initiatives.Area;
import org.cocrea.initiatives.GeometryText;

/** The map tool's geometry check: {@link GeometryText} (ADR 14), refusing with this tool's field and messages. */
final class FeatureGeometry {
    private FeatureGeometry() {}

    static GeometryText.Checked check(String kind, String text, Area area) {
        return GeometryText.check(kind, text, area, "kind", "map");
    }
}
