package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import org.cocrea.testing.Demo;
import org.cocrea.testing.JarNode;
import org.cocrea.testing.WebClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The README's quick start as an operator meets it: the packaged jar with no database and no demo setting, its
 * data only in {@code COCREA_DATA_DIR}. Demo data appears on the first start, once; {@code cocrea.demo=false}
 * keeps it away; logs are structured; SIGTERM shuts the node down gracefully.
 */
class EmbeddedDefaultIT {
    private static final List<String> DEMO_ACCOUNTS = List.of(
            Demo.ADMIN,
            Demo.SOCIAL_WORKER,
            Demo.TEACHER,
            Demo.PARKS_OFFICER,
            Demo.CITIZEN,
            Demo.PARENT,
            Demo.VOLUNTEER);

    private JarNode node;

    @AfterEach
    void stopNode() {
        if (node != null) {
            node.stop();
        }
    }

    private JarNode start(Path data, String name, String... extra) throws Exception {
        node = JarNode.embedded(JarNode.freePort(), name, data, extra).start().awaitHealthy();
        awaitReady(node);
        return node;
    }

    /** Demo data is written by application runners: readiness turns UP once they have finished. */
    private static void awaitReady(JarNode node) throws Exception {
        var client = new WebClient();
        Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
        while (client.get(node.port(), "/actuator/health/readiness").statusCode() != 200) {
            assertThat(Instant.now()).as("readiness within three minutes").isBefore(deadline);
            Thread.sleep(300);
        }
    }

    @Test
    void firstStartCreatesTheDemoOnceInTheDataDirectoryAndStopsGracefully(@TempDir Path data) throws Exception {
        // The README's defaults, but for the second factor the default asks of administrators (issue 19): this journey
        // reads the operator's pages with a password alone; SecondFactorBrowserIT walks the second factor itself.
        start(data, "embedded", "--cocrea.security.require-second-factor=false");
        var anyone = new WebClient();
        var home = anyone.get(node.port(), "/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).contains("Cocrea");
        assertThat(anyone.get(node.port(), "/actuator/health").body())
                .as("anonymous callers see only the status")
                .contains("\"status\":\"UP\"")
                .doesNotContain("components");
        var operator = new WebClient();
        assertThat(operator.signIn(node.port(), Demo.ADMIN, Demo.PASSWORD)).isTrue();
        assertThat(operator.get(node.port(), "/actuator/health").body())
                .contains("\"db\"")
                .contains("\"database\":\"H2\"")
                .contains("\"status\":\"UP\"");
        assertThat(data.resolve("cocrea.mv.db"))
                .as("the H2 file in COCREA_DATA_DIR")
                .exists();

        for (String email : DEMO_ACCOUNTS) {
            assertThat(new WebClient().signIn(node.port(), email, Demo.PASSWORD))
                    .as(email + " signs in with the README's password")
                    .isTrue();
        }
        var admin = new WebClient();
        admin.signIn(node.port(), Demo.ADMIN, Demo.PASSWORD);
        var organisation = Pattern.compile("href=\"(/admin/organisations/\\d+)\"[^>]*>\\s*Comune di Esempio")
                .matcher(admin.get(node.port(), "/admin/organisations").body());
        assertThat(organisation.find()).as("the demo organisation is listed").isTrue();
        assertThat(admin.get(node.port(), organisation.group(1)).body())
                .contains("Servizi sociali")
                .contains("Scuola primaria Gianni Rodari")
                .contains("Parchi e verde pubblico");
        int people = peopleListed(admin);

        assertThat(node.terminate()).as("exit code after SIGTERM").isIn(0, 143);
        String log = Files.readString(node.log());
        assertThat(log).contains("Commencing graceful shutdown").contains("Graceful shutdown complete");

        Path json = data.resolve("logs/cocrea.json");
        assertThat(json).exists();
        var mapper = JsonMapper.builder().build();
        for (String line : Files.readAllLines(json).subList(0, 5)) {
            var entry = mapper.readTree(line);
            assertThat(entry.has("@timestamp")).as("ECS log line: " + line).isTrue();
            assertThat(entry.path("log").path("level").asText()).isNotEmpty();
            assertThat(entry.path("message").asText()).isNotEmpty();
        }

        start(data, "embedded-again", "--cocrea.security.require-second-factor=false");
        var adminAgain = new WebClient();
        assertThat(adminAgain.signIn(node.port(), Demo.ADMIN, Demo.PASSWORD)).isTrue();
        assertThat(peopleListed(adminAgain))
                .as("a second start adds no demo data")
                .isEqualTo(people);
    }

    @Test
    void demoFalseLeavesTheEmbeddedDatabaseEmpty(@TempDir Path data) throws Exception {
        start(data, "embedded-no-demo", "--cocrea.demo=false");
        var visitor = new WebClient();
        assertThat(visitor.get(node.port(), "/").statusCode()).isEqualTo(200);
        for (String email : DEMO_ACCOUNTS) {
            assertThat(new WebClient().signIn(node.port(), email, Demo.PASSWORD))
                    .as(email + " does not exist")
                    .isFalse();
        }
        assertThat(visitor.get(node.port(), "/api/typology").body())
                .as("no initiative in any cell")
                .contains("\"count\":0")
                .doesNotContainPattern("\"count\":[1-9]");
    }

    private int peopleListed(WebClient admin) throws Exception {
        String page = admin.get(node.port(), "/admin/people?q=example.org").body();
        return (int) Pattern.compile("@example\\.org").matcher(page).results().count();
    }
}
