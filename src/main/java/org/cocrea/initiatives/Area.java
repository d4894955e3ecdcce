package org.cocrea.initiatives;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An initiative's area: a GeoJSON Polygon or MultiPolygon (bare, or as a Feature's geometry), checked as
 * RFC 7946 asks (closed linear rings of at least four positions, longitude and latitude in range), and drawn
 * as an SVG outline on the server, since the page's CSP allows no map tiles and no scripts.
 */
public record Area(List<List<List<double[]>>> polygons) {
    public static final int MAX_TEXT = 200_000;
    /** The outline fits a box this wide and {@link #MAX_HEIGHT} high, keeping its proportions. */
    public static final double MAX_WIDTH = 400;

    public static final double MAX_HEIGHT = 300;
    private static final double PAD = 4;
    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A GeoJSON text that is not an area, with the message key saying why. */
    public static final class Invalid extends Exception {
        public final String key;

        public Invalid(String key) {
            super(key, null, false, false);
            this.key = key;
        }
    }

    /** The area of a stored text, or empty when there is none or it is not one (stored before the checks). */
    public static Optional<Area> of(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse(text));
        } catch (Invalid e) {
            return Optional.empty();
        }
    }

    public static Area parse(String text) throws Invalid {
        if (text.length() > MAX_TEXT) {
            throw new Invalid("initiative.area.tooLong");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (RuntimeException e) {
            throw new Invalid("initiative.area.notJson");
        }
        if (node == null || !node.isObject()) {
            throw new Invalid("initiative.area.invalid");
        }
        if ("Feature".equals(node.path("type").asString(""))) {
            node = node.path("geometry");
        }
        String type = node.path("type").asString("");
        JsonNode coordinates = node.path("coordinates");
        var polygons = new ArrayList<List<List<double[]>>>();
        if (type.equals("Polygon")) {
            polygons.add(polygon(coordinates));
        } else if (type.equals("MultiPolygon")) {
            if (!coordinates.isArray() || coordinates.isEmpty()) {
                throw new Invalid("initiative.area.empty");
            }
            for (JsonNode p : coordinates) {
                polygons.add(polygon(p));
            }
        } else {
            throw new Invalid("initiative.area.invalid");
        }
        return new Area(List.copyOf(polygons));
    }

    private static List<List<double[]>> polygon(JsonNode rings) throws Invalid {
        if (!rings.isArray() || rings.isEmpty()) {
            throw new Invalid("initiative.area.empty");
        }
        var result = new ArrayList<List<double[]>>();
        for (JsonNode ring : rings) {
            if (!ring.isArray() || ring.size() < 4) {
                throw new Invalid("initiative.area.ring");
            }
            var positions = new ArrayList<double[]>();
            for (JsonNode position : ring) {
                positions.add(position(position));
            }
            double[] first = positions.get(0);
            double[] last = positions.get(positions.size() - 1);
            if (first[0] != last[0] || first[1] != last[1]) {
                throw new Invalid("initiative.area.notClosed");
            }
            result.add(List.copyOf(positions));
        }
        return List.copyOf(result);
    }

    /** [longitude, latitude], an optional altitude allowed and ignored. */
    private static double[] position(JsonNode position) throws Invalid {
        if (!position.isArray() || position.size() < 2 || position.size() > 3) {
            throw new Invalid("initiative.area.position");
        }
        for (JsonNode n : position) {
            if (!n.isNumber()) {
                throw new Invalid("initiative.area.position");
            }
        }
        double lon = position.get(0).asDouble();
        double lat = position.get(1).asDouble();
        if (!(lon >= -180 && lon <= 180)) {
            throw new Invalid("initiative.area.longitude");
        }
        if (!(lat >= -90 && lat <= 90)) {
            throw new Invalid("initiative.area.latitude");
        }
        return new double[] {lon, lat};
    }

    private double[] bounds() {
        double minLon = 180, maxLon = -180, minLat = 90, maxLat = -90;
        for (var polygon : polygons) {
            for (var ring : polygon) {
                for (double[] p : ring) {
                    minLon = Math.min(minLon, p[0]);
                    maxLon = Math.max(maxLon, p[0]);
                    minLat = Math.min(minLat, p[1]);
                    maxLat = Math.max(maxLat, p[1]);
                }
            }
        }
        return new double[] {minLon, maxLon, minLat, maxLat};
    }

    /** Longitudes shrink by the cosine of the middle latitude, so that shapes keep their proportions. */
    private double xScale() {
        double[] b = bounds();
        return Math.max(Math.cos(Math.toRadians((b[2] + b[3]) / 2)), 0.01);
    }

    private double scale() {
        double[] b = bounds();
        double spanX = Math.max((b[1] - b[0]) * xScale(), 1e-9);
        double spanY = Math.max(b[3] - b[2], 1e-9);
        return Math.min(MAX_WIDTH / spanX, MAX_HEIGHT / spanY);
    }

    /** The SVG viewBox: the outline's projected size plus a small margin. */
    public String viewBox() {
        double[] b = bounds();
        double s = scale();
        double width = (b[1] - b[0]) * xScale() * s + 2 * PAD;
        double height = (b[3] - b[2]) * s + 2 * PAD;
        return "0 0 " + number(width) + " " + number(height);
    }

    /** The SVG path data: each ring a closed subpath (holes show through with the even-odd rule in the CSS). */
    public String path() {
        double[] b = bounds();
        double s = scale();
        double k = xScale();
        var d = new StringBuilder();
        for (var polygon : polygons) {
            for (var ring : polygon) {
                for (int i = 0; i < ring.size() - 1; i++) {
                    double x = PAD + (ring.get(i)[0] - b[0]) * k * s;
                    double y = PAD + (b[3] - ring.get(i)[1]) * s;
                    d.append(i == 0 ? "M" : "L").append(number(x)).append(' ').append(number(y));
                }
                d.append('Z');
            }
        }
        return d.toString();
    }

    /** Corners of the outer rings, without each ring's closing repetition of its first position. */
    public int points() {
        return polygons.stream().mapToInt(p -> p.get(0).size() - 1).sum();
    }

    public int polygonCount() {
        return polygons.size();
    }

    /** The middle of the bounding box, as "latitude, longitude" in degrees with four decimals. */
    public String centre() {
        double[] b = bounds();
        return String.format(Locale.ROOT, "%.4f, %.4f", (b[2] + b[3]) / 2, (b[0] + b[1]) / 2);
    }

    private static String number(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
