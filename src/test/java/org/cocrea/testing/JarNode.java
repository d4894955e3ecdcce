package org.cocrea.testing;

import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A Cocrea node as production runs it: the packaged jar in its own JVM, on PostgreSQL (a test schema), or on the
 * embedded default exactly as the README's first command leaves it.
 */
public final class JarNode {
    private final int port;
    private final String name;
    private final List<String> arguments;
    private final Map<String, String> environment;
    private Process process;

    public JarNode(String schema, int port, String name, String... extraArgs) {
        this(port, name, postgres(schema, name, extraArgs), Map.of());
    }

    private JarNode(int port, String name, List<String> arguments, Map<String, String> environment) {
        this.port = port;
        this.name = name;
        this.arguments = arguments;
        this.environment = environment;
    }

    /**
     * A node with no database setting and no demo setting, its data directory given only by {@code
     * COCREA_DATA_DIR}, as an operator would set it.
     */
    public static JarNode embedded(int port, String name, Path dataDir, String... extraArgs) {
        var arguments = new ArrayList<>(List.of("--spring.main.banner-mode=off"));
        arguments.addAll(List.of(extraArgs));
        return new JarNode(port, name, arguments, Map.of("COCREA_DATA_DIR", dataDir.toString()));
    }

    private static List<String> postgres(String schema, String name, String... extraArgs) {
        var arguments = new ArrayList<>(List.of(
                "--spring.datasource.url=" + TestDatabases.postgresUrl() + "?currentSchema=" + schema,
                "--spring.datasource.username=" + TestDatabases.postgresUser(),
                "--spring.datasource.password=" + TestDatabases.postgresPassword(),
                "--spring.flyway.schemas=" + schema,
                "--cocrea.data-dir=target/node-" + name,
                "--cocrea.demo=true",
                // Issue 19: these nodes' tests sign professionals in with a password alone (see ServerTest).
                "--cocrea.security.require-second-factor=false",
                "--spring.main.banner-mode=off"));
        arguments.addAll(List.of(extraArgs));
        return arguments;
    }

    public Path log() {
        return Path.of("target/node-" + name + ".log");
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
                "--server.port=" + port));
        command.addAll(arguments);
        var builder = new ProcessBuilder(command);
        builder.environment().remove("SPRING_DATASOURCE_URL");
        builder.environment().putAll(environment);
        process = builder.redirectErrorStream(true)
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

    /** SIGTERM, as a service manager stops a node; waits for the exit and returns its code. */
    public int terminate() throws Exception {
        process.destroy();
        if (!process.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
            throw new AssertionError("node " + name + " did not stop within 60 s of SIGTERM");
        }
        return process.exitValue();
    }

    public void stop() {
        if (process != null) {
            process.destroy();
        }
    }
}
