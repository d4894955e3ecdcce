package org.cocrea.testing;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One browser against jar nodes: its own cookies (per host, not per port, as behind a load balancer) and the
 * CSRF token of its session, which lives in the database and so is good on every node.
 */
public final class WebClient {
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private String csrf;

    public HttpResponse<String> get(int port, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "en")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Signs in (the token of the sign-in page, then the session's own token); returns whether it worked. */
    public boolean signIn(int port, String email, String password) throws Exception {
        var matcher = CSRF.matcher(get(port, "/login").body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on /login");
        }
        csrf = matcher.group(1);
        var response = post(port, "/login", Map.of("email", email, "password", password));
        String location = response.headers().firstValue("Location").orElse("");
        if (response.statusCode() != 302 || location.contains("error")) {
            return false;
        }
        var page = CSRF.matcher(get(port, "/profile").body());
        if (!page.find()) {
            throw new AssertionError("no CSRF token on /profile");
        }
        csrf = page.group(1);
        return true;
    }

    public HttpResponse<String> post(int port, String path, Map<String, String> fields) throws Exception {
        return post(
                port,
                path,
                fields.entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue()))
                        .toList());
    }

    /** A form post with the session's CSRF token; fields may repeat (checkboxes). */
    public HttpResponse<String> post(int port, String path, List<Map.Entry<String, String>> fields) throws Exception {
        String body = java.util.stream.Stream.concat(
                        fields.stream(), java.util.stream.Stream.of(Map.entry("_csrf", csrf)))
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .timeout(Duration.ofSeconds(30))
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
