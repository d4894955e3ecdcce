package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cocrea.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two Cocrea processes (the packaged jar) on different ports against one PostgreSQL database: a
 * person signed in on one node is signed in on the other, because sessions live in the database.
 */
class TwoNodesIT {
    static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    static final List<Process> NODES = new ArrayList<>();
    static int portA;
    static int portB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        String schema = TestDatabases.newPostgresSchema();
        portA = freePort();
        portB = freePort();
        NODES.add(start(schema, portA, "a"));
        NODES.add(start(schema, portB, "b"));
        waitUntilHealthy(portA);
        waitUntilHealthy(portB);
    }

    @AfterAll
    static void stopNodes() {
        NODES.forEach(Process::destroy);
    }

    static Process start(String schema, int port, String name) throws Exception {
        File jar = new File("target/cocrea.jar");
        assertThat(jar).as("the packaged jar (failsafe runs after package)").exists();
        File log = new File("target/two-nodes-" + name + ".log");
        return new ProcessBuilder(
                        System.getProperty("java.home") + "/bin/java",
                        "-Xmx512m",
                        "-jar",
                        jar.getPath(),
                        "--server.port=" + port,
                        "--spring.datasource.url=" + TestDatabases.postgresUrl() + "?currentSchema=" + schema,
                        "--spring.datasource.username=" + TestDatabases.postgresUser(),
                        "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                        "--spring.flyway.schemas=" + schema,
                        "--cocrea.data-dir=target/two-nodes-" + name,
                        "--cocrea.demo=true",
                        "--spring.main.banner-mode=off")
                .redirectErrorStream(true)
                .redirectOutput(log)
                .start();
    }

    static void waitUntilHealthy(int port) throws Exception {
        var http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plusSeconds(180);
        while (Instant.now().isBefore(deadline)) {
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(1000);
        }
        throw new AssertionError("node on port " + port + " did not become healthy; see target/two-nodes-*.log");
    }

    static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    /** One browser: cookies are per host, not per port, exactly as behind a load balancer. */
    final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    HttpResponse<String> get(int port, String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "en")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(int port, String path, String formPage, Map<String, String> fields) throws Exception {
        var matcher = CSRF.matcher(get(port, formPage).body());
        assertThat(matcher.find()).isTrue();
        var form = new java.util.LinkedHashMap<>(fields);
        form.put("_csrf", matcher.group(1));
        String body = form.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .header("Accept-Language", "en")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aPersonSignedInOnOneNodeIsSignedInOnTheOther() throws Exception {
        var signedIn = post(
                portA, "/login", "/login", Map.of("email", "social.worker@example.org", "password", "cocrea-demo"));
        assertThat(signedIn.statusCode()).isEqualTo(302);

        var profileOnB = get(portB, "/profile");
        assertThat(profileOnB.statusCode()).isEqualTo(200);
        assertThat(profileOnB.body()).contains("social.worker@example.org");

        var signedOut = post(portB, "/logout", "/profile", Map.of());
        assertThat(signedOut.statusCode()).isEqualTo(302);
        var profileOnA = get(portA, "/profile");
        assertThat(profileOnA.statusCode()).isEqualTo(302);
        assertThat(profileOnA.headers().firstValue("Location").orElse("")).endsWith("/login");
    }

    @Test
    void demoDataIsCreatedOnceThoughBothNodesStartedTogether() throws Exception {
        var login = post(portB, "/login", "/login", Map.of("email", "admin@example.org", "password", "cocrea-demo"));
        assertThat(login.statusCode()).isEqualTo(302);
        String people = get(portA, "/admin/people?q=example.org").body();
        assertThat(Pattern.compile("social\\.worker@example\\.org")
                        .matcher(people)
                        .results()
                        .count())
                .isEqualTo(1);
    }
}
