package org.cocrea.pacts;

import org.cocrea.initiatives.Area;
import org.cocrea.initiatives.GeometryText;

/** The pacts tool's geometry check: {@link GeometryText} (ADR 14), refusing with this tool's field and messages. */
final class GoodGeometry {
    private GoodGeometry() {}

    static GeometryText.Checked check(String kind, String text, Area area) {
        return GeometryText.check(kind, text, area, "geometryKind", "pacts");
    }
}
