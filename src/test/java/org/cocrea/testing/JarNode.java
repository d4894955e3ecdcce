package org.cocrea.testing;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A Cocrea node as production runs it: the packaged jar in its own JVM, on PostgreSQL (a test schema). */
public final class JarNode {
    private final String schema;
    private final int port;
    private final String name;
    private final List<String> extra;
    private Process process;

    public JarNode(String schema, int port, String name, String... extraArgs) {
        this.schema = schema;
        this.port = port;
        this.name = name;
        this.extra = List.of(extraArgs);
    }

    public static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    public int port() {
        return port;
    }

    public Process process() {
        return process;
    }

    public JarNode start() throws Exception {
        File jar = new File("target/cocrea.jar");
        if (!jar.exists()) {
            throw new AssertionError("the packaged jar is missing (failsafe runs after package)");
        }
        var command = new ArrayList<>(List.of(
                System.getProperty("java.home") + "/bin/java",
                "-Xmx512m",
                "-XX:TieredStopAtLevel=1",
                "-jar",
                jar.getPath(),
                "--server.port=" + port,
                "--spring.datasource.url=" + TestDatabases.postgresUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=" + TestDatabases.postgresUser(),
                "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                "--spring.flyway.schemas=" + schema,
                "--cocrea.data-dir=target/node-" + name,
                "--cocrea.demo=true",
                "--spring.main.banner-mode=off"));
        command.addAll(extra);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(new File("target/node-" + name + ".log")))
                .start();
        return this;
    }

    /** Waits until /actuator/health answers 200; fails after five minutes (start-up on a busy machine). */
    public JarNode awaitHealthy() throws Exception {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(300);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("node " + name + " exited; see target/node-" + name + ".log");
            }
            try {
                var response = http.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return this;
                }
            } catch (java.io.IOException notYet) {
                // still starting
            }
            Thread.sleep(500);
        }
        throw new AssertionError("node " + name + " did not become healthy; see target/node-" + name + ".log");
    }

    /** SIGKILL: no shutdown hook, no graceful shutdown, in-flight requests cut. Returns the exit code. */
    public int kill() throws Exception {
        process.destroyForcibly();
        return process.waitFor();
    }

    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
