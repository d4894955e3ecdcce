package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.cocrea.testing.TcpProxy;
import org.cocrea.testing.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * PostgreSQL goes away for a few seconds (the connection to it is cut): health turns DOWN, pages
 * answer with a clear 503, and Cocrea recovers by itself when the database returns.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class DatabaseOutageIT {
    static TcpProxy proxy;

    @DynamicPropertySource
    static void postgresBehindAProxy(DynamicPropertyRegistry registry) throws Exception {
        String schema = TestDatabases.newPostgresSchema();
        URI target = URI.create(TestDatabases.postgresUrl().substring("jdbc:".length()));
        proxy = new TcpProxy(target.getHost(), target.getPort());
        String url = "jdbc:postgresql://127.0.0.1:" + proxy.port() + target.getPath() + "?currentSchema=" + schema
                + "&connectTimeout=2&socketTimeout=5";
        registry.add("spring.datasource.url", () -> url);
        registry.add("spring.datasource.username", TestDatabases::postgresUser);
        registry.add("spring.datasource.password", TestDatabases::postgresPassword);
        registry.add("spring.datasource.hikari.connection-timeout", () -> "2000");
        registry.add("spring.flyway.schemas", () -> schema);
    }

    @AfterAll
    static void closeProxy() throws Exception {
        proxy.close();
    }

    @LocalServerPort
    int port;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept-Language", "en")
                        .header("Accept", path.startsWith("/actuator") ? "application/json" : "text/html")
                        .timeout(Duration.ofSeconds(20))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void healthGoesDownPagesSay503AndCocreaRecoversByItself() throws Exception {
        assertThat(get("/actuator/health").statusCode()).isEqualTo(200);
        // This page looks its token up in the database.
        String needsDatabase = "/password/reset?token=abc";
        assertThat(get(needsDatabase).statusCode()).isEqualTo(200);

        proxy.cut();
        try {
            var health = get("/actuator/health");
            assertThat(health.statusCode()).isEqualTo(503);
            assertThat(health.body()).contains("DOWN");
            var page = get(needsDatabase);
            assertThat(page.statusCode()).isEqualTo(503);
            assertThat(page.body()).contains("Temporarily unavailable").doesNotContain("\tat ");
        } finally {
            proxy.restore();
        }

        Instant deadline = Instant.now().plusSeconds(30);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 200) {
            Thread.sleep(500);
            status = get("/actuator/health").statusCode();
        }
        assertThat(status).as("health recovers within 30 s").isEqualTo(200);
        assertThat(get(needsDatabase).statusCode()).isEqualTo(200);
        assertThat(get("/register").statusCode()).isEqualTo(200);
    }
}
