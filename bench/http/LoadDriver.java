import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * HTTP load driver for Cocrea (JDK only; run with {@code java bench/http/LoadDriver.java}).
 *
 * <p>Virtual users sign in (each with its own cookies), then loop over a weighted mix of request
 * types for a fixed time. It first measures {@code /ping} with the same concurrency: the server's
 * own ceiling, so every page is also reported as a ratio to it. Only loopback targets are allowed.
 *
 * <pre>
 * java bench/http/LoadDriver.java --base http://127.0.0.1:8080 --users 50 --seconds 30 \
 *     --accounts citizen@example.org,parent@example.org,volunteer@example.org --password cocrea-demo \
 *     --mix "home=/:3,profile=/profile:2,login-page=/login:1"
 * </pre>
 */
public class LoadDriver {
    record Kind(String name, String path, int weight) {}

    record Sample(String kind, long nanos, int status) {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        URI base = URI.create(options.getOrDefault("base", "http://127.0.0.1:8080"));
        if (!base.getHost().equals("localhost") && !base.getHost().startsWith("127.")) {
            throw new IllegalArgumentException("load is only ever sent to this machine (loopback)");
        }
        int users = Integer.parseInt(options.getOrDefault("users", "50"));
        int seconds = Math.min(600, Integer.parseInt(options.getOrDefault("seconds", "30")));
        List<String> accounts = Arrays.asList(options.getOrDefault("accounts", "citizen@example.org").split(","));
        String password = options.getOrDefault("password", "cocrea-demo");
        List<Kind> mix = mix(options.getOrDefault("mix", "home=/:1"));

        System.out.printf("Cocrea load: %s, %d users, %d s per phase%n", base, users, seconds);
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "10"));
        System.out.printf("warming up for %d s (the JIT compiles the hot paths)...%n", warmup);
        run(base, users, warmup, mix, accounts, password);
        run(base, users, warmup, List.of(new Kind("ping", "/ping", 1)), null, null);
        var ping = run(base, users, seconds, List.of(new Kind("ping", "/ping", 1)), null, null);
        double ceiling = ping.values().iterator().next().throughput();
        System.out.printf("%nEach request type alone (throughput as a ratio to /ping):%n");
        header();
        print(ping, ceiling);
        for (Kind kind : mix) {
            print(run(base, users, seconds, List.of(kind), accounts, password), ceiling);
        }
        System.out.printf("%nThe mix together (weights as given):%n");
        header();
        print(run(base, users, seconds, mix, accounts, password), ceiling);
    }

    record Stats(long count, double throughput, double p50, double p95, double p99, long errors) {}

    static Map<String, Stats> run(URI base, int users, int seconds, List<Kind> mix, List<String> accounts,
            String password) throws Exception {
        var samples = new ConcurrentLinkedQueue<Sample>();
        var ready = new CountDownLatch(users);
        var start = new CountDownLatch(1);
        var failures = new AtomicInteger();
        int totalWeight = mix.stream().mapToInt(Kind::weight).sum();
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int u = 0; u < users; u++) {
            String account = accounts == null ? null : accounts.get(u % accounts.size());
            Thread t = new Thread(() -> {
                var http = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                try {
                    if (account != null) {
                        signIn(http, base, account, password);
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                ready.countDown();
                try {
                    start.await();
                    long end = System.nanoTime() + seconds * 1_000_000_000L;
                    while (System.nanoTime() < end) {
                        Kind kind = pick(mix, totalWeight);
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = http.send(HttpRequest.newBuilder(base.resolve(kind.path()))
                                                    .timeout(Duration.ofSeconds(30))
                                                    .build(),
                                            HttpResponse.BodyHandlers.discarding())
                                    .statusCode();
                        } catch (Exception e) {
                            status = -1;
                        }
                        samples.add(new Sample(kind.name(), System.nanoTime() - t0, status));
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            threads.add(t);
            t.start();
        }
        ready.await();
        if (failures.get() > 0) {
            System.out.printf("warning: %d virtual users could not sign in%n", failures.get());
        }
        window[0] = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        window[1] = System.nanoTime();
        double elapsed = (window[1] - window[0]) / 1e9;
        Map<String, List<Sample>> byKind = new LinkedHashMap<>();
        for (Sample s : samples) {
            byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s);
        }
        Map<String, Stats> stats = new LinkedHashMap<>();
        byKind.forEach((kind, list) -> {
            long[] nanos = list.stream().mapToLong(Sample::nanos).sorted().toArray();
            long errors = list.stream().filter(s -> s.status() < 200 || s.status() >= 400).count();
            stats.put(kind, new Stats(nanos.length, nanos.length / elapsed, pct(nanos, 50), pct(nanos, 95),
                    pct(nanos, 99), errors));
        });
        return stats;
    }

    static void signIn(HttpClient http, URI base, String email, String password) throws Exception {
        String page = http.send(HttpRequest.newBuilder(base.resolve("/login")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException("no CSRF token on /login");
        }
        String form = "email=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password="
                + URLEncoder.encode(password, StandardCharsets.UTF_8) + "&_csrf=" + matcher.group(1);
        var response = http.send(HttpRequest.newBuilder(base.resolve("/login"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form))
                        .build(),
                HttpResponse.BodyHandlers.discarding());
        String location = response.headers().firstValue("Location").orElse("");
        if (location.contains("error")) {
            throw new IllegalStateException("sign-in refused for " + email);
        }
    }

    static Kind pick(List<Kind> mix, int totalWeight) {
        int r = ThreadLocalRandom.current().nextInt(totalWeight);
        for (Kind kind : mix) {
            r -= kind.weight();
            if (r < 0) {
                return kind;
            }
        }
        return mix.get(0);
    }

    static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))] / 1e6;
    }

    static void header() {
        System.out.printf("%-16s %8s %9s %8s %8s %8s %8s %7s%n",
                "request", "count", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors", "ratio");
    }

    static void print(Map<String, Stats> stats, double ceiling) {
        stats.forEach((kind, s) -> System.out.printf("%-16s %8d %9.1f %8.1f %8.1f %8.1f %8d %6.0f%%%n", kind,
                s.count(), s.throughput(), s.p50(), s.p95(), s.p99(), s.errors(), 100 * s.throughput() / ceiling));
    }

    static List<Kind> mix(String spec) {
        List<Kind> kinds = new ArrayList<>();
        for (String part : spec.split(",")) {
            String[] nameRest = part.split("=", 2);
            int colon = nameRest[1].lastIndexOf(':');
            kinds.add(new Kind(nameRest[0], nameRest[1].substring(0, colon),
                    Integer.parseInt(nameRest[1].substring(colon + 1))));
        }
        return kinds;
    }

    static Map<String, String> options(String[] args) {
        Map<String, String> options = new ConcurrentHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        return options;
    }
}
