package org.cocrea.api;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a webhook may be sent (no server-side request forgery): only http(s) URLs without user information whose
 * host resolves, every one of its addresses, to a public address. Loopback (127.0.0.0/8, ::1), unspecified,
 * private (10/8, 172.16/12, 192.168/16), shared (100.64/10), link-local (169.254/16, fe80::/10, where cloud
 * metadata lives), unique local (fc00::/7), multicast and IPv4-mapped forms of these are refused unless an
 * administrator allowed the subscription to reach them. Checked when subscribing and again before each delivery.
 */
final class Addresses {
    /** Resolves a host name; the tests give their own. */
    interface Resolver {
        List<InetAddress> resolve(String host) throws UnknownHostException;
    }

    static final Resolver DNS = host -> List.of(InetAddress.getAllByName(host));

    private Addresses() {}

    /** The message key of the refusal, or empty when the URL may be used. */
    static Optional<String> refusal(String url, boolean privateAllowed, Resolver resolver) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (java.net.URISyntaxException e) {
            return Optional.of("api.webhook.url.invalid");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return Optional.of("api.webhook.url.scheme");
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null || url.length() > 2000) {
            return Optional.of("api.webhook.url.invalid");
        }
        List<InetAddress> addresses;
        try {
            String host = uri.getHost();
            if (host.startsWith("[") && host.endsWith("]")) {
                host = host.substring(1, host.length() - 1);
            }
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            return Optional.of("api.webhook.url.unresolved");
        }
        if (addresses.isEmpty()) {
            return Optional.of("api.webhook.url.unresolved");
        }
        if (!privateAllowed && addresses.stream().anyMatch(Addresses::internal)) {
            return Optional.of("api.webhook.url.private");
        }
        return Optional.empty();
    }

    static boolean internal(InetAddress address) {
        if (address.isLoopbackAddress()
                || address.isAnyLocalAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return true;
        }
        byte[] b = address.getAddress();
        if (address instanceof Inet4Address) {
            int first = b[0] & 0xff;
            int second = b[1] & 0xff;
            return first == 0 // "this network"
                    || (first == 100 && second >= 64 && second <= 127) // shared address space
                    || (first == 192 && second == 0 && (b[2] & 0xff) == 0) // IETF protocol assignments
                    || first >= 240; // reserved and broadcast
        }
        if (address instanceof Inet6Address) {
            if ((b[0] & 0xfe) == 0xfc) { // unique local fc00::/7
                return true;
            }
            if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) { // old site-local fec0::/10
                return true;
            }
            boolean mapped = true; // ::ffff:a.b.c.d carries an IPv4 address
            for (int i = 0; i < 10; i++) {
                mapped &= b[i] == 0;
            }
            if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
                try {
                    return internal(InetAddress.getByAddress(java.util.Arrays.copyOfRange(b, 12, 16)));
                } catch (UnknownHostException e) {
                    return true;
                }
            }
        }
        return false;
    }
}
