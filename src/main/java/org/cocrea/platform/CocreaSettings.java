package org.cocrea.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Every {@code cocrea.*} setting in one place, bound and checked at start-up (issue 13): a base URL that is not an
 * absolute http(s) address, a default language Cocrea does not speak or a sender that is not an address stops the
 * start with a message naming the property, instead of showing up weeks later as broken links in mails. The names are
 * the property names the installations already use; the defaults are the ones they had.
 *
 * @param baseUrl {@code cocrea.base-url}: the public address, for links sent by mail ({@link #link(String)})
 * @param defaultLanguage {@code cocrea.default-language}: when the browser asks for neither Italian nor English
 * @param dataDir {@code cocrea.data-dir}: the embedded database, logs and backups
 * @param demo {@code cocrea.demo}: demo data on first start; {@code null} (unset) means on the embedded database only
 *     ({@link DemoMode})
 * @param trustedProxies {@code cocrea.trusted-proxies}: a regular expression over the reverse proxies' addresses, whose
 *     {@code X-Forwarded-*} headers are believed (applied by Tomcat through {@code server.tomcat.remoteip.*})
 * @param timeZone {@code cocrea.time-zone}: the organisation's time zone, in which pages and mails show times and
 *     dates (an IANA name such as Europe/Rome)
 */
@ConfigurationProperties("cocrea")
@Validated
public record CocreaSettings(
        @DefaultValue("http://localhost:8080") URI baseUrl,
        @DefaultValue("it") Language defaultLanguage,
        @DefaultValue("./data") Path dataDir,
        Boolean demo,
        @DefaultValue("") String trustedProxies,
        @DefaultValue("Europe/Rome") java.time.ZoneId timeZone,
        @DefaultValue @Valid Mail mail,
        @DefaultValue @Valid Residents residents,
        @DefaultValue @Valid Limits limits,
        @DefaultValue @Valid Maps map) {

    public CocreaSettings {
        baseUrl = checkedBaseUrl(baseUrl);
        try {
            Pattern.compile(trustedProxies);
        } catch (PatternSyntaxException e) {
            throw new IllegalArgumentException("cocrea.trusted-proxies must be a regular expression over the reverse"
                    + " proxies' IP addresses, such as 10\\.0\\.0\\.5|10\\.0\\.0\\.6; '" + trustedProxies
                    + "' is not one: " + e.getDescription());
        }
    }

    /**
     * @param from {@code cocrea.mail.from}: the sender of every mail, a plain address
     * @param devMailbox {@code cocrea.mail.dev-mailbox}: keep mails in the dev mailbox when there is no SMTP server;
     *     {@code null} (unset) means in demo mode only
     */
    public record Mail(
            @DefaultValue("cocrea@localhost") @NotBlank @Email
            String from,

            Boolean devMailbox) {}

    /**
     * The map that forms show to pick a point or draw an area (issue 14): a map instead of typed coordinates or pasted
     * GeoJSON. The typed fields stay under it, so a form works without JavaScript or without the tile server.
     *
     * @param tileUrl {@code cocrea.map.tile-url}: an XYZ tile address with {z}/{x}/{y}; its origin is added to the
     *     pages' Content-Security-Policy img-src (OpenStreetMap's by default: mind its usage policy, or run your own);
     *     empty: no tiles, the maps draw a plain grid under the initiative's area (ADR 14)
     * @param attribution {@code cocrea.map.attribution}: the tiles' credit, shown on the map
     * @param latitude {@code cocrea.map.latitude}: where an empty map starts (the municipality's centre)
     * @param longitude {@code cocrea.map.longitude}
     * @param zoom {@code cocrea.map.zoom}: 1 (the world) to 19 (a building)
     */
    public record Maps(
            @DefaultValue("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
            String tileUrl,

            @DefaultValue("© OpenStreetMap contributors") String attribution,
            @DefaultValue("41.9028") double latitude,
            @DefaultValue("12.4964") double longitude,
            @DefaultValue("13") int zoom) {

        /** The defaults above, for a page made without the settings (an error page, a test). */
        public static final Maps OPENSTREETMAP = new Maps(
                "https://tile.openstreetmap.org/{z}/{x}/{y}.png", "© OpenStreetMap contributors", 41.9028, 12.4964, 13);

        public Maps {
            URI tiles;
            try {
                tiles = URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
            } catch (IllegalArgumentException e) {
                tiles = null;
            }
            if (!tileUrl.isBlank()
                    && (tiles == null
                            || !("https".equals(tiles.getScheme()) || "http".equals(tiles.getScheme()))
                            || tiles.getHost() == null
                            || !tileUrl.contains("{z}")
                            || !tileUrl.contains("{x}")
                            || !tileUrl.contains("{y}"))) {
                throw new IllegalArgumentException("cocrea.map.tile-url must be an http(s) tile address with {z}, {x}"
                        + " and {y}, such as https://tile.openstreetmap.org/{z}/{x}/{y}.png; '" + tileUrl
                        + "' is not one");
            }
            if (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180) {
                throw new IllegalArgumentException(
                        "cocrea.map.latitude must be within -90..90 and cocrea.map.longitude within -180..180");
            }
            if (zoom < 1 || zoom > 19) {
                throw new IllegalArgumentException("cocrea.map.zoom must be from 1 to 19, not " + zoom);
            }
        }

        /** The tile server's origin (scheme, host and port), for the Content-Security-Policy. */
        public String tileOrigin() {
            if (tileUrl.isBlank()) {
                return "";
            }
            URI tiles = URI.create(tileUrl.replace("{", "%7B").replace("}", "%7D"));
            return tiles.getScheme() + "://" + tiles.getHost() + (tiles.getPort() < 0 ? "" : ":" + tiles.getPort());
        }
    }

    /** @param pepper {@code cocrea.residents.pepper}: the key of the residents register's identifier hashes */
    public record Residents(@DefaultValue("") String pepper) {}

    /**
     * @param registrationsPerAddressPerDay {@code cocrea.limits.registrations-per-address-per-day}
     * @param passwordResetsPerAddressPerHour {@code cocrea.limits.password-resets-per-address-per-hour}
     */
    public record Limits(
            @DefaultValue("10")
            @Positive(message = "must be at least 1 (cocrea.limits.registrations-per-address-per-day)")
            int registrationsPerAddressPerDay,

            @DefaultValue("10")
            @Positive(message = "must be at least 1 (cocrea.limits.password-resets-per-address-per-hour)")
            int passwordResetsPerAddressPerHour) {}

    /**
     * The public address of {@code path} (which starts with {@code /}): the one place links sent by mail or shown to
     * be shared are made, so a base URL given with or without a trailing slash makes the same links.
     */
    public String link(String path) {
        if (!path.startsWith("/")) {
            throw new IllegalArgumentException("A link's path starts with /: " + path);
        }
        return baseUrl + path;
    }

    private static URI checkedBaseUrl(URI url) {
        String expected = "cocrea.base-url must be the absolute http or https address people reach Cocrea at, such as"
                + " https://cocrea.example.org or http://localhost:8080";
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!url.isAbsolute()
                || url.isOpaque()
                || !(scheme.equals("http") || scheme.equals("https"))
                || url.getHost() == null
                || url.getQuery() != null
                || url.getFragment() != null) {
            throw new IllegalArgumentException(expected + "; '" + url + "' is not one");
        }
        String text = url.toString();
        while (text.endsWith("/")) {
            text = text.substring(0, text.length() - 1);
        }
        return URI.create(text);
    }
}
