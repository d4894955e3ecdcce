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
 *
 * <p>Paths may hold placeholders filled from {@code --ids "initiative=1-2000;proposal=5,6,7"}: {@code {name}}
 * takes a random id per request, {@code {name@u}} the same id for a virtual user throughout (its
 * {@code u mod n}-th). A type written {@code POST /path?field=value} is posted as a form with the session's CSRF
 * token. {@code --setup "POST /initiatives/{i@u}/join"} is sent once by every virtual user after signing in.
 * {@code --accounts-pattern "p%07d@demo.cocrea.example" --accounts-from 200} signs user u in as the formatted
 * account {@code 200 + u} (the demo-data generator's people). {@code --think 1000} adds a last phase in which
 * each user pauses a mean of that many milliseconds between requests, as a person reading does, for
 * {@code --think-seconds} (default {@code --seconds}).
 */
public class LoadDriver {
    /** A request type: GET by default, or {@code POST /path?field=value} sent as a form with the CSRF token. */
    record Kind(String name, String path, int weight) {
        boolean post() {
            return path.startsWith("POST ");
        }

        String target() {
            return post() ? path.substring(5).trim() : path;
        }
    }

    /** Id lists for {@code {name}} (a random one per request) and {@code {name@u}} (one per virtual user). */
    static final Map<String, List<String>> IDS = new ConcurrentHashMap<>();

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
        ids(options.getOrDefault("ids", ""));
        SETUP = options.containsKey("setup") ? new Kind("setup", options.get("setup"), 1) : null;
        if (options.containsKey("accounts-pattern")) {
            int from = Integer.parseInt(options.getOrDefault("accounts-from", "0"));
            accounts = new ArrayList<>();
            for (int u = 0; u < users; u++) {
                accounts.add(String.format(options.get("accounts-pattern"), from + u));
            }
        }
        System.out.printf("load average before: %s%n", loadAverage());

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
        int think = Integer.parseInt(options.getOrDefault("think", "0"));
        if (think > 0) {
            System.out.printf("%nThe mix with %d users who each read for a while (mean %d ms) between requests:%n",
                    users, think);
            header();
            int thinkSeconds = Integer.parseInt(options.getOrDefault("think-seconds", String.valueOf(seconds)));
            print(run(base, users, Math.min(600, thinkSeconds), mix, accounts, password, think), ceiling);
        }
        System.out.printf("%nload average after: %s%n", loadAverage());
    }

    static Kind SETUP;

    static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).trim();
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    static void ids(String spec) {
        for (String part : spec.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] nameValues = part.split("=", 2);
            List<String> values = new ArrayList<>();
            for (String v : nameValues[1].split(",")) {
                if (v.matches("\\d+-\\d+")) {
                    long a = Long.parseLong(v.substring(0, v.indexOf('-')));
                    long b = Long.parseLong(v.substring(v.indexOf('-') + 1));
                    for (long x = a; x <= b; x++) {
                        values.add(Long.toString(x));
                    }
                } else if (!v.isBlank()) {
                    values.add(v.trim());
                }
            }
            IDS.put(nameValues[0].trim(), values);
        }
    }

    static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z]+)(@u)?}");

    /** The path with its placeholders filled for virtual user {@code user}. */
    static String fill(String path, int user) {
        var m = PLACEHOLDER.matcher(path);
        var out = new StringBuilder();
        while (m.find()) {
            List<String> values = IDS.get(m.group(1));
            if (values == null || values.isEmpty()) {
                throw new IllegalArgumentException("no --ids for {" + m.group(1) + "}");
            }
            String value = m.group(2) != null
                    ? values.get(user % values.size())
                    : values.get(ThreadLocalRandom.current().nextInt(values.size()));
            m.appendReplacement(out, value);
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Sends one request of the kind; POSTs carry the form fields of the query string and the CSRF token. */
    static int send(HttpClient http, URI base, Kind kind, int user, String csrf) throws Exception {
        String target = fill(kind.target(), user);
        if (!kind.post()) {
            return http.send(HttpRequest.newBuilder(base.resolve(target))
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        }
        int q = target.indexOf('?');
        String path = q < 0 ? target : target.substring(0, q);
        String form = (q < 0 ? "" : target.substring(q + 1) + "&") + "_csrf=" + csrf;
        return http.send(HttpRequest.newBuilder(base.resolve(path))
                                .timeout(Duration.ofSeconds(30))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(form))
                                .build(),
                        HttpResponse.BodyHandlers.discarding())
                .statusCode();
    }

    record Stats(long count, double throughput, double p50, double p95, double p99, long errors) {}

    static Map<String, Stats> run(URI base, int users, int seconds, List<Kind> mix, List<String> accounts,
            String password) throws Exception {
        return run(base, users, seconds, mix, accounts, password, 0);
    }

    /**
     * Every virtual user sends a request, waits for the answer and, with {@code thinkMillis} above zero, pauses
     * for an exponentially distributed time of that mean (capped at five times it) before the next one: a
     * person reading the page. With zero the users are a closed loop of back-to-back requests.
     */
    static Map<String, Stats> run(URI base, int users, int seconds, List<Kind> mix, List<String> accounts,
            String password, int thinkMillis) throws Exception {
        var samples = new ConcurrentLinkedQueue<Sample>();
        var ready = new CountDownLatch(users);
        var start = new CountDownLatch(1);
        var failures = new AtomicInteger();
        int totalWeight = mix.stream().mapToInt(Kind::weight).sum();
        List<Thread> threads = new ArrayList<>();
        long[] window = new long[2];
        for (int u = 0; u < users; u++) {
            String account = accounts == null ? null : accounts.get(u % accounts.size());
            int user = u;
            String[] csrf = {""};
            Thread t = new Thread(() -> {
                var http = HttpClient.newBuilder()
                        .cookieHandler(new CookieManager())
                        .version(HttpClient.Version.HTTP_1_1)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .connectTimeout(Duration.ofSeconds(5))
                        .build();
                try {
                    if (account != null) {
                        csrf[0] = signIn(http, base, account, password);
                        if (SETUP != null && mix.stream().anyMatch(Kind::post)) {
                            send(http, base, SETUP, user, csrf[0]);
                        }
                    }
                } catch (Exception e) {
                    failures.incrementAndGet();
                }
                ready.countDown();
                try {
                    start.await();
                    long end = System.nanoTime() + seconds * 1_000_000_000L;
                    if (thinkMillis > 0) {
                        // People do not all click at the same instant: each starts after a pause of its own.
                        Thread.sleep(ThreadLocalRandom.current().nextLong(2L * thinkMillis));
                    }
                    while (System.nanoTime() < end) {
                        Kind kind = pick(mix, totalWeight);
                        long t0 = System.nanoTime();
                        int status;
                        try {
                            status = send(http, base, kind, user, csrf[0]);
                        } catch (Exception e) {
                            status = -1;
                        }
                        samples.add(new Sample(kind.name(), System.nanoTime() - t0, status));
                        if (thinkMillis > 0) {
                            double pause = -thinkMillis * Math.log(1 - ThreadLocalRandom.current().nextDouble());
                            long left = (end - System.nanoTime()) / 1_000_000;
                            Thread.sleep(Math.max(0, Math.min(Math.min(5L * thinkMillis, (long) pause), left)));
                        }
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

    /** Signs in and returns the CSRF token of the new session. */
    static String signIn(HttpClient http, URI base, String email, String password) throws Exception {
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
        String profile = http.send(HttpRequest.newBuilder(base.resolve("/profile")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(profile);
        return token.find() ? token.group(1) : "";
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
