package org.cocrea.platform;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * A point as a person types it (decimal degrees, with a point or a comma), for every form with a place: the ideas'
 * and the meetings' alike. Pages link a point to OpenStreetMap, so reading it needs no map script.
 */
public final class MapPoints {
    private MapPoints() {}

    /** The OpenStreetMap page centred on the point. */
    public static String url(BigDecimal latitude, BigDecimal longitude) {
        String lat = latitude.toPlainString();
        String lon = longitude.toPlainString();
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    }

    /**
     * A coordinate within {@code limit} degrees (90 for a latitude, 180 for a longitude), rounded to six decimals
     * (about 10 cm) without trailing zeros; empty when it is not a number, is out of range or is absurdly long.
     */
    public static Optional<BigDecimal> parse(String text, int limit) {
        try {
            var value = new BigDecimal(text.trim().replace(',', '.'));
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0 || value.scale() > 12 || value.precision() > 20) {
                return Optional.empty();
            }
            return Optional.of(value.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
