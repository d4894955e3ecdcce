package org.cocrea.meetings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** A point as typed (decimal degrees); the page links to OpenStreetMap, so reading it needs no map script. */
final class MapLink {
    private MapLink() {}

    static String url(BigDecimal latitude, BigDecimal longitude) {
        String lat = latitude.toPlainString();
        String lon = longitude.toPlainString();
        return "https://www.openstreetmap.org/?mlat=" + lat + "&mlon=" + lon + "#map=17/" + lat + "/" + lon;
    }

    /** A coordinate within {@code limit} degrees, rounded to six decimals; empty when invalid. */
    static Optional<BigDecimal> parse(String text, int limit) {
        try {
            var value = new BigDecimal(text.trim().replace(',', '.'));
            if (value.abs().compareTo(BigDecimal.valueOf(limit)) > 0 || value.scale() > 12 || value.precision() > 20) {
                return Optional.empty();
            }
            return Optional.of(value.setScale(6, RoundingMode.HALF_UP));
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
