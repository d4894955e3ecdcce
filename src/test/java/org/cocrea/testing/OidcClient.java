package org.cocrea.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without JavaScript for the OpenID Connect journeys (ADR 0029): cookies kept per host (Cocrea at {@code
 * 127.0.0.1}, the provider at {@code localhost}), redirects followed one by one and remembered, forms sent with the CSRF
 * token of the page they are on.
 */
public final class OidcClient {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern HIDDEN =
            Pattern.compile("<input[^>]*type=\"hidden\"[^>]*name=\"([^\"]+)\"[^>]*value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final String app;
    /** The addresses of the last request and of every redirect followed since, in order. */
    public final List<URI> visited = new ArrayList<>();
    /** The last address at which a provider sent this browser back to Cocrea with its answer. */
    public URI visitedCallback;

    public OidcClient(int appPort) {
        this.app = "http://127.0.0.1:" + appPort;
    }

    public String app() {
        return app;
    }

    /** GET of an address (a path is Cocrea's), following redirects; the last response. */
    public HttpResponse<String> get(String address) throws Exception {
        visited.clear();
        return follow(send(HttpRequest.newBuilder(uri(address)).GET()));
    }

    /** GET without following redirects. */
    public HttpResponse<String> getOnce(String address) throws Exception {
        visited.clear();
        return send(HttpRequest.newBuilder(uri(address)).GET());
    }

    /** POSTs a form with the CSRF token found in {@code page} (if any), following redirects. */
    public HttpResponse<String> post(String address, HttpResponse<String> page, Map<String, String> fields)
            throws Exception {
        visited.clear();
        var all = new LinkedHashMap<>(fields);
        if (page != null) {
            var csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                all.putIfAbsent("_csrf", csrf.group(1));
            }
        }
        String body = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(uri(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** POSTs a form with the CSRF token found in {@code page} (if any), not following redirects. */
    public HttpResponse<String> postOnce(String address, HttpResponse<String> page, Map<String, String> fields)
            throws Exception {
        visited.clear();
        var all = new LinkedHashMap<>(fields);
        if (page != null) {
            var csrf = CSRF.matcher(page.body());
            if (csrf.find()) {
                all.putIfAbsent("_csrf", csrf.group(1));
            }
        }
        String body = all.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** POSTs a form with repeated fields (the consent page's scopes), following redirects. */
    public HttpResponse<String> postRaw(String address, List<Map.Entry<String, String>> fields) throws Exception {
        visited.clear();
        String body = fields.stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return follow(send(HttpRequest.newBuilder(uri(address))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))));
    }

    /** The hidden fields of a page (e.g. the consent form's {@code client_id} and {@code state}). */
    public static Map<String, String> hidden(String html) {
        var fields = new LinkedHashMap<String, String>();
        var m = HIDDEN.matcher(html);
        while (m.find()) {
            fields.put(m.group(1), m.group(2).replace("&amp;", "&"));
        }
        return fields;
    }

    /** Follows redirects from {@code response}; stops before the first one to an address {@code stop} matches. */
    public HttpResponse<String> follow(HttpResponse<String> response) throws Exception {
        return follow(response, null);
    }

    public HttpResponse<String> follow(HttpResponse<String> response, Pattern stop) throws Exception {
        for (int hops = 0; hops < 20; hops++) {
            int status = response.statusCode();
            if (status < 300 || status >= 400) {
                return response;
            }
            var location = response.uri()
                    .resolve(response.headers().firstValue("Location").orElseThrow());
            if (stop != null && stop.matcher(location.toString()).find()) {
                return response;
            }
            response = send(HttpRequest.newBuilder(location).GET());
        }
        throw new AssertionError("more than 20 redirects: " + visited);
    }

    private URI uri(String address) {
        return URI.create(address.startsWith("/") ? app + address : address);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        var built = request.header("Accept-Language", "en")
                .header("Accept", "text/html")
                .timeout(Duration.ofSeconds(30))
                .build();
        visited.add(built.uri());
        if (built.uri().getPath().startsWith("/login/oauth2/code/")) {
            visitedCallback = built.uri();
        }
        return http.send(built, HttpResponse.BodyHandlers.ofString());
    }
}
