package org.cocrea.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cocrea.initiatives.Area;
import org.cocrea.initiatives.GeometryText;
import org.cocrea.platform.Refused;
import org.junit.jupiter.api.Test;

/** The server's checks of a drawn geometry (ADR 14): each failure a message on the positions field. */
class FeatureGeometryTest {
    static final String SQUARE = "41.90, 12.49\n41.90, 12.50\n41.91, 12.50\n41.91, 12.49";

    private static String refusal(String kind, String text, Area area) {
        try {
            FeatureGeometry.check(kind, text, area);
        } catch (Refused r) {
            return r.field() + ":" + r.key();
        }
        return "accepted";
    }

    @Test
    void aPointALineAndAPolygonAreStoredAsGeoJsonLongitudeFirst() {
        var point = FeatureGeometry.check("point", "41.9028, 12.4964", null);
        assertThat(point.geojson()).isEqualTo("{\"type\":\"Point\",\"coordinates\":[12.4964,41.9028]}");
        assertThat(point.vertices()).isEqualTo(1);

        var line = FeatureGeometry.check("line", "41.90, 12.49\n41.91; 12.50\n\n41.92 12.51", null);
        assertThat(line.geojson())
                .isEqualTo("{\"type\":\"LineString\",\"coordinates\":[[12.49,41.9],[12.5,41.91],[12.51,41.92]]}");
        assertThat(line.vertices()).isEqualTo(3);
        assertThat(line.minLon()).isEqualTo(12.49);
        assertThat(line.maxLat()).isEqualTo(41.92);

        var polygon = FeatureGeometry.check("polygon", SQUARE, null);
        assertThat(polygon.vertices()).isEqualTo(4);
        assertThat(polygon.geojson()).startsWith("{\"type\":\"Polygon\",\"coordinates\":[[[12.49,41.9],");
        // closed, and counter-clockwise (RFC 7946) although drawn clockwise
        assertThat(polygon.geojson()).endsWith("[12.49,41.9]]]}");
        assertThat(polygon.geojson()).contains("[12.49,41.9],[12.5,41.9],[12.5,41.91]");
        assertThat(GeometryText.text(polygon.positions())).hasLineCount(4);
    }

    @Test
    void aClosedRingTypedInFullCountsItsCornersOnce() {
        var closed = FeatureGeometry.check("polygon", SQUARE + "\n41.90, 12.49", null);
        assertThat(closed.vertices()).isEqualTo(4);
    }

    @Test
    void selfIntersectingShapesAreRefused() {
        // a bow tie: its edges cross
        assertThat(refusal("polygon", "41.90, 12.49\n41.91, 12.50\n41.90, 12.50\n41.91, 12.49", null))
                .isEqualTo("coordinates:map.geometry.polygonCrosses");
        assertThat(refusal("line", "41.90, 12.49\n41.91, 12.50\n41.90, 12.50\n41.91, 12.49", null))
                .isEqualTo("coordinates:map.geometry.lineCrosses");
        // three corners on one line have no surface
        assertThat(refusal("polygon", "41.90, 12.49\n41.91, 12.49\n41.92, 12.49", null))
                .isEqualTo("coordinates:map.geometry.polygonCrosses");
    }

    @Test
    void outsideTheInitiativesAreaIsRefused() throws Exception {
        var area = Area.parse("{\"type\":\"Polygon\",\"coordinates\":[[[12.48,41.89],[12.52,41.89],[12.52,41.92],"
                + "[12.48,41.92],[12.48,41.89]]]}");
        assertThat(refusal("polygon", SQUARE, area)).isEqualTo("accepted");
        assertThat(refusal("point", "41.95, 12.49", area)).isEqualTo("coordinates:map.geometry.outside");
        // a line that leaves the area and comes back
        assertThat(refusal("line", "41.90, 12.49\n41.95, 12.50\n41.90, 12.51", area))
                .isEqualTo("coordinates:map.geometry.outside");
    }

    @Test
    void tooManyVerticesAreRefusedBeforeParsing() {
        var many = new StringBuilder();
        for (int i = 0; i < 1001; i++) {
            many.append("41.9, 12.").append(i).append('\n');
        }
        assertThat(refusal("line", many.toString(), null)).isEqualTo("coordinates:map.geometry.tooMany");
        // 100,000 vertices or 10 MB: refused by their size, nothing parsed
        var huge = "41.9, 12.5\n".repeat(100_000);
        assertThat(refusal("polygon", huge, null)).isEqualTo("coordinates:map.geometry.tooMany");
        assertThat(refusal("point", "1".repeat(10_000_000), null)).isEqualTo("coordinates:map.geometry.tooMany");
        // exactly 1,000 positions are fine
        var thousand = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            thousand.append("41.9, ").append(10 + i * 0.001).append('\n');
        }
        assertThat(refusal("line", thousand.toString(), null)).isEqualTo("accepted");
    }

    @Test
    void badCoordinatesNameTheirLine() {
        assertThat(refusal("point", "91, 12", null)).isEqualTo("coordinates:map.geometry.latitude");
        assertThat(refusal("line", "41.9, 12.5\n41.9, 181", null)).isEqualTo("coordinates:map.geometry.longitude");
        assertThat(refusal("point", "NaN, 12", null)).isEqualTo("coordinates:map.geometry.latitude");
        assertThat(refusal("point", "Infinity, 12", null)).isEqualTo("coordinates:map.geometry.latitude");
        assertThat(refusal("point", "Roma", null)).isEqualTo("coordinates:map.geometry.line");
        assertThat(refusal("line", "41.9, 12.5, 3", null)).isEqualTo("coordinates:map.geometry.line");
        Refused r = (Refused) org.assertj.core.api.Assertions.catchThrowable(
                () -> FeatureGeometry.check("line", "41.9, 12.5\n\nabc", null));
        assertThat(r.args()).containsExactly(3);
    }

    @Test
    void emptyOrTooFewPositionsAndUnknownKindsAreRefused() {
        assertThat(refusal("point", "", null)).isEqualTo("coordinates:map.geometry.empty");
        assertThat(refusal("point", " \n \n", null)).isEqualTo("coordinates:map.geometry.empty");
        assertThat(refusal("point", null, null)).isEqualTo("coordinates:map.geometry.empty");
        assertThat(refusal("point", "41.9, 12.5\n41.8, 12.5", null)).isEqualTo("coordinates:map.geometry.point");
        assertThat(refusal("line", "41.9, 12.5\n41.9, 12.5", null)).isEqualTo("coordinates:map.geometry.lineShort");
        assertThat(refusal("polygon", "41.9, 12.5\n41.8, 12.5", null))
                .isEqualTo("coordinates:map.geometry.polygonShort");
        assertThat(refusal("circle", "41.9, 12.5", null)).isEqualTo("kind:map.geometry.kind");
        assertThat(refusal(null, "41.9, 12.5", null)).isEqualTo("kind:map.geometry.kind");
        assertThatThrownBy(() -> FeatureGeometry.check("line", "", null)).isInstanceOf(Refused.class);
    }
}
