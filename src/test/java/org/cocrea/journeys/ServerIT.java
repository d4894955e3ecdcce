package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What a real HTTP client sees: rendered error pages (no stack traces), health, the session cookie, forwarding
 * headers (trusted only from the proxy that {@link ServerTest} configures: 127.0.0.1; a client on 127.0.0.2 is
 * an untrusted one) and malformed requests that only a real server parses.
 */
@ServerTest
@ExtendWith(OutputCaptureExtension.class)
class ServerIT {
    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

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
    void healthIsUpAndTellsAnonymousCallersNothingElse() throws Exception {
        var health = get("/actuator/health", "en");
        assertThat(health.statusCode()).isEqualTo(200);
        // The database's details are for administrators (issue 11, finding 10; PlatformWebTests).
        assertThat(health.body())
                .contains("\"status\":\"UP\"")
                .doesNotContain("components")
                .doesNotContain("details");
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

    /** One raw HTTP/1.1 exchange from the given local address (all of 127.0.0.0/8 is this machine). */
    private String raw(String from, String request) throws Exception {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
            socket.setSoTimeout(30_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().flush();
            var answer = new ByteArrayOutputStream();
            socket.getInputStream().transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String header(String response, String name) {
        var matcher = Pattern.compile("(?im)^" + name + ": *(.*?)\r?$").matcher(response);
        return matcher.find() ? matcher.group(1) : "";
    }

    private static String status(String response) {
        return response.substring(0, response.indexOf('\r'));
    }

    private static String cookie(String response) {
        var matcher = Pattern.compile("(?im)^Set-Cookie: *(SESSION=[^;]*)").matcher(response);
        return matcher.find() ? matcher.group(1) : null;
    }

    /** A session signed in from the given address, over raw HTTP: {session cookie, CSRF token}. */
    private String[] signedIn(String from, String email) throws Exception {
        String login = raw(from, "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        String session = cookie(login);
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=" + Demo.PASSWORD
                + "&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        String posted = raw(
                from,
                "POST /login HTTP/1.1\r\nHost: localhost\r\nCookie: " + session
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                        + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(header(posted, "Location")).doesNotContain("error");
        String signedIn = cookie(posted) == null ? session : cookie(posted);
        String profile = raw(
                from,
                "GET /profile HTTP/1.1\r\nHost: localhost\r\nCookie: " + signedIn + "\r\nConnection: close\r\n\r\n");
        var csrf = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(profile);
        assertThat(csrf.find()).as(status(profile)).isTrue();
        return new String[] {signedIn, csrf.group(1)};
    }

    /** Issue 11, finding 5: forwarding headers from a client that is not a configured proxy change nothing. */
    @Test
    void finding5_forwardingHeadersFromAnUntrustedClientReachNeitherRedirectsNorThePlansAccessLog() throws Exception {
        String forged = "X-Forwarded-For: 203.0.113.66\r\nX-Forwarded-Host: attacker.example\r\n"
                + "X-Forwarded-Proto: https\r\nX-Forwarded-Port: 443\r\n";
        String redirect =
                raw("127.0.0.2", "GET /profile HTTP/1.1\r\nHost: localhost\r\n" + forged + "Connection: close\r\n\r\n");
        assertThat(status(redirect)).contains("302");
        assertThat(header(redirect, "Location"))
                .as("Location of a redirect to an untrusted client")
                .doesNotContain("attacker.example")
                .doesNotStartWith("https:");
        assertThat(header(redirect, "Set-Cookie")).doesNotContain("Secure");

        long plan = jdbc.sql("""
                SELECT MIN(t.id) FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE t.tool_id = 'plan' AND i.title = 'Piano personale di salute'
                """).query(Long.class).single();
        String[] citizen = signedIn("127.0.0.2", Demo.CITIZEN);
        String page = raw(
                "127.0.0.2",
                "GET /plans/" + plan + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + citizen[0] + "\r\n" + forged
                        + "Connection: close\r\n\r\n");
        assertThat(status(page)).contains("200");
        var addresses = jdbc.sql("SELECT DISTINCT remote_address FROM plan_audit WHERE tool_instance_id = :i")
                .param("i", plan)
                .query(String.class)
                .list();
        assertThat(addresses).as("addresses in the plan's access log").contains("127.0.0.2");
        assertThat(addresses).doesNotContain("203.0.113.66");

        // The configured proxy (127.0.0.1 in tests) is believed.
        String proxied = raw(
                "127.0.0.1",
                "GET /profile HTTP/1.1\r\nHost: localhost\r\nX-Forwarded-For: 203.0.113.67\r\n"
                        + "X-Forwarded-Proto: https\r\nConnection: close\r\n\r\n");
        assertThat(header(proxied, "Set-Cookie")).contains("Secure");
    }

    /** Issue 11, finding 11: a malformed multipart body is a 400 with no stack trace, signed in or not. */
    @Test
    void finding11_aMalformedMultipartBodyIsA400WithoutAStackTrace(CapturedOutput output) throws Exception {
        String[] officer = signedIn("127.0.0.1", Demo.PARKS_OFFICER);
        String body = "--x\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.pb\"\r\n\r\ngarbage"
                + " with no closing boundary";
        for (String path : java.util.List.of("/budget/1/import", "/organisations/1/residents", "/ideas/13")) {
            String answer = raw(
                    "127.0.0.1",
                    "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nCookie: " + officer[0]
                            + "\r\nX-CSRF-TOKEN: " + officer[1]
                            + "\r\nContent-Type: multipart/form-data; boundary=x\r\nContent-Length: "
                            + body.length() + "\r\nConnection: close\r\n\r\n" + body);
            assertThat(status(answer))
                    .as("POST " + path + " with a malformed multipart body")
                    .contains("400");
            assertThat(answer).doesNotContain("\tat ").doesNotContain("Exception");
        }
        assertThat(output.getAll()).as("the log").doesNotContain("\tat org.").doesNotContain(" ERROR ");
    }

    /**
     * Issue 11, finding 11: a URI template in the language switch's return address is no 500: the address is not
     * a path of this site, so the switch goes home, as for any other unusable return address.
     */
    @Test
    void finding11_aTemplateInTheLanguageSwitchsReturnIsA400WithoutAStackTrace(CapturedOutput output) throws Exception {
        String login = raw("127.0.0.1", "GET /login HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login);
        assertThat(token.find()).isTrue();
        String form = "lang=en&return=%2F%7Bx%7D&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        String answer = raw(
                "127.0.0.1",
                "POST /language HTTP/1.1\r\nHost: localhost\r\nCookie: " + cookie(login)
                        + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                        + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(status(answer)).as(answer).startsWith("HTTP/1.1 400");
        assertThat(answer).doesNotContain("\tat ");
        assertThat(output.getAll()).as("the log").doesNotContain("\tat org.").doesNotContain(" ERROR ");
    }
}
