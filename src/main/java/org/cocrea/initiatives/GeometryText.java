package org.cocrea.initiatives;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.cocrea.platform.Refused;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.operation.valid.IsSimpleOp;
import org.locationtech.jts.operation.valid.IsValidOp;

/**
 * A geometry drawn on a map or typed as "latitude, longitude" lines (the map tool's features, a pact's common good),
 * checked on the server with JTS (ADR 14) from the text both the map and the keyboard fill in:
 * one position a line, "latitude, longitude" in WGS84 degrees. The text's size and its number of lines are checked
 * before anything is parsed, so a huge body costs nothing; then the ranges, the number of positions for the kind,
 * validity (a line that does not cross itself, a polygon whose edges do not cross) and, when the initiative has an
 * area, that the feature lies inside it. Each failure is a {@link Refused} on the "coordinates" field; the GeoJSON
 * stored is the one written here (RFC 7946: longitude first, the outer ring counter-clockwise).
 */
public final class GeometryText {
    public static final String FIELD = "coordinates";
    public static final int MAX_VERTICES = 1000;
    /** Enough for {@link #MAX_VERTICES} lines of "-89.1234567, -179.1234567" with spaces around. */
    static final int MAX_TEXT = MAX_VERTICES * 48;

    public static final List<String> KINDS = List.of("point", "line", "polygon");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*[,;]\\s*|\\s+");
    private static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), 4326);

    /** A checked geometry: its kind, the GeoJSON geometry text, its number of positions and its bounding box. */
    public record Checked(
            String kind, String geojson, int vertices, double minLon, double minLat, double maxLon, double maxLat) {
        /** The positions as the form takes them, "latitude, longitude" a line. */
        public List<double[]> positions() {
            return GeometryText.positionsOf(geojson);
        }
    }

    private GeometryText() {}

    /**
     * Checks {@code text} as a {@code kind} inside {@code area} (null: anywhere); throws {@link Refused} naming the
     * form's field {@code kindField} for a bad kind and {@link #FIELD} otherwise, with the messages
     * {@code <messages>.geometry.*} of the tool that asks.
     */
    public static Checked check(String kind, String text, Area area, String kindField, String messages) {
        if (kind == null || !KINDS.contains(kind)) {
            throw new Refused(kindField, messages + ".geometry.kind");
        }
        if (text == null || text.isBlank()) {
            throw new Refused(FIELD, messages + ".geometry.empty");
        }
        if (text.length() > MAX_TEXT || lines(text) > MAX_VERTICES + 1) {
            throw new Refused(FIELD, messages + ".geometry.tooMany", MAX_VERTICES);
        }
        var coordinates = parse(messages, text);
        if (coordinates.isEmpty()) {
            throw new Refused(FIELD, messages + ".geometry.empty");
        }
        boolean closed = coordinates.size() > 1 && coordinates.get(0).equals2D(coordinates.get(coordinates.size() - 1));
        if (coordinates.size() > MAX_VERTICES + (kind.equals("polygon") && closed ? 1 : 0)) {
            throw new Refused(FIELD, messages + ".geometry.tooMany", MAX_VERTICES);
        }
        Geometry geometry = switch (kind) {
            case "point" -> point(messages, coordinates);
            case "line" -> line(messages, coordinates);
            default -> polygon(messages, coordinates);
        };
        if (area != null && !areaGeometry(area).covers(geometry)) {
            throw new Refused(FIELD, messages + ".geometry.outside");
        }
        var box = geometry.getEnvelopeInternal();
        return new Checked(
                kind,
                geojson(geometry),
                geometry.getNumPoints() - (kind.equals("polygon") ? 1 : 0),
                box.getMinX(),
                box.getMinY(),
                box.getMaxX(),
                box.getMaxY());
    }

    private static int lines(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static List<Coordinate> parse(String messages, String text) {
        var result = new ArrayList<Coordinate>();
        String[] lines = text.split("\\r?\\n|\\r");
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] parts = SEPARATOR.split(line);
            double lat;
            double lon;
            try {
                if (parts.length != 2) {
                    throw new NumberFormatException();
                }
                lat = Double.parseDouble(parts[0]);
                lon = Double.parseDouble(parts[1]);
            } catch (NumberFormatException e) {
                throw new Refused(FIELD, messages + ".geometry.line", i + 1);
            }
            if (!(lat >= -90 && lat <= 90)) {
                throw new Refused(FIELD, messages + ".geometry.latitude", i + 1);
            }
            if (!(lon >= -180 && lon <= 180)) {
                throw new Refused(FIELD, messages + ".geometry.longitude", i + 1);
            }
            result.add(new Coordinate(round(lon), round(lat)));
        }
        return result;
    }

    private static double round(double degrees) {
        return BigDecimal.valueOf(degrees).setScale(7, RoundingMode.HALF_UP).doubleValue();
    }

    private static Geometry point(String messages, List<Coordinate> c) {
        if (c.size() != 1) {
            throw new Refused(FIELD, messages + ".geometry.point");
        }
        return FACTORY.createPoint(c.get(0));
    }

    private static Geometry line(String messages, List<Coordinate> c) {
        var distinct = withoutRepeats(c);
        if (distinct.size() < 2) {
            throw new Refused(FIELD, messages + ".geometry.lineShort");
        }
        var line = FACTORY.createLineString(distinct.toArray(Coordinate[]::new));
        if (!new IsSimpleOp(line).isSimple()) {
            throw new Refused(FIELD, messages + ".geometry.lineCrosses");
        }
        return line;
    }

    private static Geometry polygon(String messages, List<Coordinate> c) {
        var ring = withoutRepeats(c);
        if (ring.size() > 1 && ring.get(0).equals2D(ring.get(ring.size() - 1))) {
            ring.remove(ring.size() - 1);
        }
        if (ring.size() < 3) {
            throw new Refused(FIELD, messages + ".geometry.polygonShort");
        }
        ring.add(ring.get(0).copy());
        var coordinates = ring.toArray(Coordinate[]::new);
        if (!Orientation.isCCW(coordinates)) {
            java.util.Collections.reverse(java.util.Arrays.asList(coordinates));
        }
        LinearRing shell = FACTORY.createLinearRing(coordinates);
        Polygon polygon = FACTORY.createPolygon(shell);
        if (polygon.getArea() == 0 || !new IsValidOp(polygon).isValid()) {
            throw new Refused(FIELD, messages + ".geometry.polygonCrosses");
        }
        return polygon;
    }

    /** Consecutive equal positions (a double click) count once. */
    private static List<Coordinate> withoutRepeats(List<Coordinate> c) {
        var result = new ArrayList<Coordinate>();
        for (Coordinate x : c) {
            if (result.isEmpty() || !result.get(result.size() - 1).equals2D(x)) {
                result.add(x);
            }
        }
        return result;
    }

    /** The initiative's area as a JTS geometry (its polygons with their holes). */
    private static Geometry areaGeometry(Area area) {
        var polygons = new ArrayList<Polygon>();
        for (var p : area.polygons()) {
            LinearRing shell = ring(p.get(0));
            var holes = p.subList(1, p.size()).stream().map(GeometryText::ring).toArray(LinearRing[]::new);
            polygons.add(FACTORY.createPolygon(shell, holes));
        }
        Geometry g = FACTORY.createMultiPolygon(polygons.toArray(Polygon[]::new));
        // an area drawn by hand may cross itself; its buffer(0) is the region it encloses
        return g.isValid() ? g : g.buffer(0);
    }

    private static LinearRing ring(List<double[]> positions) {
        return FACTORY.createLinearRing(
                positions.stream().map(p -> new Coordinate(p[0], p[1])).toArray(Coordinate[]::new));
    }

    private static String geojson(Geometry g) {
        var out = new StringBuilder();
        switch (g.getGeometryType()) {
            case "Point" -> out.append("{\"type\":\"Point\",\"coordinates\":").append(position(g.getCoordinate()));
            case "LineString" ->
                out.append("{\"type\":\"LineString\",\"coordinates\":").append(positions(g.getCoordinates()));
            default ->
                out.append("{\"type\":\"Polygon\",\"coordinates\":[")
                        .append(positions(((Polygon) g).getExteriorRing().getCoordinates()))
                        .append(']');
        }
        return out.append('}').toString();
    }

    private static String positions(Coordinate[] coordinates) {
        var out = new StringBuilder("[");
        for (int i = 0; i < coordinates.length; i++) {
            out.append(i == 0 ? "" : ",").append(position(coordinates[i]));
        }
        return out.append(']').toString();
    }

    private static String position(Coordinate c) {
        return "[" + number(c.x) + "," + number(c.y) + "]";
    }

    private static String number(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    /** The positions of a stored GeoJSON geometry as [latitude, longitude], the polygon's closing one left out. */
    public static List<double[]> positionsOf(String geojson) {
        var numbers = new ArrayList<Double>();
        var m = Pattern.compile("-?[0-9][0-9.eE+-]*").matcher(geojson.substring(geojson.indexOf("\"coordinates\"")));
        while (m.find()) {
            numbers.add(Double.parseDouble(m.group()));
        }
        var result = new ArrayList<double[]>();
        for (int i = 0; i + 1 < numbers.size(); i += 2) {
            result.add(new double[] {numbers.get(i + 1), numbers.get(i)});
        }
        if (geojson.startsWith("{\"type\":\"Polygon\"") && result.size() > 1) {
            result.remove(result.size() - 1);
        }
        return result;
    }

    /** Positions as the coordinates field takes them: "latitude, longitude" a line. */
    public static String text(List<double[]> positions) {
        var out = new StringBuilder();
        for (double[] p : positions) {
            out.append(String.format(Locale.ROOT, "%s, %s%n", number(p[0]), number(p[1])));
        }
        return out.toString().replace(System.lineSeparator(), "\n");
    }
}
