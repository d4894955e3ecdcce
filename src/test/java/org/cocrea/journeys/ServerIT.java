package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What a real HTTP client sees: rendered error pages (no stack traces) and health. */
@ServerTest
class ServerIT {
    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path, String language) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Accept-Language", language)
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void unknownPagesGetAFriendlyPageInTheVisitorsLanguage() throws Exception {
        var english = get("/login/../nowhere-at-all", "en");
        var italian = get("/verify/nowhere", "it");
        assertThat(italian.statusCode()).isIn(302, 404);
        var page = get("/css/missing.css", "en");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body())
                .contains("Page not found")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
        assertThat(english.body()).doesNotContain("\tat ");
    }

    @Test
    void healthIsUpWithTheDatabase() throws Exception {
        var health = get("/actuator/health", "en");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"db\"").contains("\"status\":\"UP\"");
    }

    /** MockMvc does not write cookies as the server does, so the session cookie is checked over real HTTP. */
    @Test
    void theSessionCookieIsHttpOnlyLaxAndSecureOverHttps() throws Exception {
        String plain = sessionCookie(HttpRequest.newBuilder(uri("/login")).build());
        assertThat(plain).contains("HttpOnly").contains("SameSite=Lax");
        assertThat(plain).as("plain http (the demo on localhost)").doesNotContain("Secure");

        String proxied = sessionCookie(HttpRequest.newBuilder(uri("/login"))
                .header("X-Forwarded-Proto", "https")
                .build());
        assertThat(proxied)
                .as("behind a TLS-terminating proxy")
                .contains("Secure")
                .contains("HttpOnly");
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private String sessionCookie(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.discarding()).headers().allValues("Set-Cookie").stream()
                .filter(header -> header.startsWith("SESSION="))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no SESSION cookie set"));
    }
}
