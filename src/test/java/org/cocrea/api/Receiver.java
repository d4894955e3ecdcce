package org.cocrea.api;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook receiver inside the tests (the JDK's HTTP server on a random loopback port): it records every request
 * and answers with the status it is told, e.g. 500 for the first two requests and 200 after.
 */
final class Receiver implements AutoCloseable {
    record Received(String delivery, String signature, String body) {}

    final List<Received> received = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private volatile String redirectTo;

    Receiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            received.add(new Received(
                    exchange.getRequestHeaders().getFirst("Cocrea-Delivery"),
                    exchange.getRequestHeaders().getFirst("Cocrea-Signature"),
                    body));
            int status = 200;
            if (redirectTo != null) {
                exchange.getResponseHeaders().add("Location", redirectTo);
                status = 302;
            } else if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                status = 500;
            }
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    Receiver failing(int times) {
        failuresLeft.set(times);
        return this;
    }

    Receiver redirecting(String location) {
        redirectTo = location;
        return this;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
