package org.cocrea.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.cocrea.platform.JobLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends the outbox's due deliveries, on one node at a time ({@link JobLock}); each row is claimed by a conditional
 * UPDATE before it is sent, so two senders never send one row twice. Each attempt checks the address again (a
 * name may resolve elsewhere since subscribing), never follows a redirect (a 3xx is a failure), and signs the
 * body ({@link Signatures}). A failure is retried after 30 s, 1, 2, 4... minutes, at most two hours apart, until
 * a day after the event; then the delivery is given up and the log says so. The receiver tells a retry by the
 * same {@code Cocrea-Delivery} id.
 */
@Component
class WebhookSender {
    private static final Logger log = LoggerFactory.getLogger(WebhookSender.class);
    static final Duration FIRST_RETRY = Duration.ofSeconds(30);
    static final Duration LONGEST_WAIT = Duration.ofHours(2);
    static final Duration GIVE_UP_AFTER = Duration.ofDays(1);
    static final Duration LEASE = Duration.ofMinutes(2);
    static final int BATCH = 50;

    private final WebhookRepository webhooks;
    private final JobLock lock;
    private final HttpClient client = HttpClient.newBuilder()
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    Addresses.Resolver resolver = Addresses.DNS;

    WebhookSender(WebhookRepository webhooks, JobLock lock) {
        this.webhooks = webhooks;
        this.lock = lock;
    }

    @Scheduled(fixedDelayString = "PT10S", initialDelayString = "PT20S")
    void run() {
        if (lock.tryAcquire("webhooks", Duration.ofSeconds(9))) {
            sendDue();
        }
    }

    /** Sends what is due now; returns how many were delivered. */
    int sendDue() {
        int delivered = 0;
        var now = ApiTokens.now();
        for (var due : webhooks.due(now, BATCH)) {
            if (webhooks.claim(due, now.plus(LEASE)) && send(due)) {
                delivered++;
            }
        }
        return delivered;
    }

    private boolean send(WebhookRepository.Due due) {
        int attempt = due.attempts() + 1;
        var refusal = Addresses.refusal(due.url(), due.privateAllowed(), resolver);
        if (refusal.isPresent()) {
            log.warn("Webhook delivery {} not sent: {} ({})", due.id(), due.url(), refusal.get());
            failed(due, attempt, null, "address refused: " + refusal.get());
            return false;
        }
        long timestamp = ApiTokens.now().toEpochSecond();
        try {
            var request = HttpRequest.newBuilder(URI.create(due.url()))
                    .timeout(Duration.ofSeconds(10))
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("User-Agent", "Cocrea-Webhooks/1")
                    .header("Cocrea-Delivery", due.id())
                    .header(Signatures.HEADER, Signatures.header(due.secret(), timestamp, due.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(due.body(), StandardCharsets.UTF_8))
                    .build();
            var response = client.send(request, HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            if (status >= 200 && status < 300) {
                webhooks.delivered(due.id(), status, ApiTokens.now());
                log.info("Webhook delivery {} delivered to {} ({})", due.id(), due.url(), status);
                return true;
            }
            failed(due, attempt, status, status >= 300 && status < 400 ? "redirect not followed" : "HTTP " + status);
        } catch (IOException | IllegalArgumentException e) {
            failed(due, attempt, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failed(due, attempt, null, "interrupted");
        }
        return false;
    }

    private void failed(WebhookRepository.Due due, int attempt, Integer status, String error) {
        var now = ApiTokens.now();
        OffsetDateTime next = now.plus(wait(attempt));
        if (next.isAfter(due.createdAt().plus(GIVE_UP_AFTER))) {
            webhooks.giveUp(due.id(), status, error, now);
            log.warn("Webhook delivery {} given up after {} attempts: {}", due.id(), attempt, error);
        } else {
            webhooks.retry(due.id(), status, error, next);
            log.info("Webhook delivery {} failed (attempt {}: {}), next at {}", due.id(), attempt, error, next);
        }
    }

    /** 30 s after the first failure, then doubled each time, at most two hours. */
    static Duration wait(int attempt) {
        long seconds = FIRST_RETRY.toSeconds() << Math.min(Math.max(attempt - 1, 0), 20);
        return Duration.ofSeconds(Math.min(seconds, LONGEST_WAIT.toSeconds()));
    }
}
