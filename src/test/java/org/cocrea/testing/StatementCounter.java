package org.cocrea.testing;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/** Counts SQL statements prepared through the application's DataSource, to catch N+1 queries. */
public final class StatementCounter implements BeanPostProcessor {
    private static final Set<String> STATEMENTS = Set.of("prepareStatement", "createStatement", "prepareCall");
    public static final AtomicInteger COUNT = new AtomicInteger();
    /** The statements counted since the last {@link #reset}, to name the culprit when a budget is exceeded. */
    private static final java.util.Queue<String> SQL = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** Enough for any one request; a test that never resets does not grow the queue without end. */
    private static final int KEPT = 1000;

    /** The statements since the last {@link #reset}, one per line, whitespace collapsed. */
    public static String statements() {
        return String.join(
                "\n",
                SQL.stream().map(sql -> sql.replaceAll("\\s+", " ").strip()).toList());
    }

    /**
     * How often the statement run most often since the last {@link #reset} ran, with its text: a query per listed
     * row (N+1) shows as the same SQL text once per row.
     */
    public static Map.Entry<String, Long> mostRepeated() {
        return SQL.stream()
                .map(sql -> sql.replaceAll("\\s+", " ").strip())
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet()
                .stream()
                .max(Map.Entry.comparingByValue())
                .orElse(Map.entry("", 0L));
    }

    /**
     * The statements since the last {@link #reset} that ran outside an event delivery. The tests deliver module events
     * on the request's thread after its commit (production uses another thread): what a listener runs between marking
     * its publication in progress and deleting it belongs to the listening module, not to the page that published.
     */
    public static java.util.List<String> outsideDeliveries() {
        var outside = new java.util.ArrayList<String>();
        boolean delivering = false;
        for (String sql : statements().lines().toList()) {
            if (sql.startsWith("UPDATE EVENT_PUBLICATION SET STATUS = 'PROCESSING'")) {
                delivering = true;
            } else if (sql.startsWith("DELETE FROM EVENT_PUBLICATION")) {
                delivering = false;
            } else if (!delivering) {
                outside.add(sql);
            }
        }
        return outside;
    }

    public static void reset() {
        COUNT.set(0);
        SQL.clear();
    }

    /** What a request answered and how many statements it took. */
    public record Counted<T>(T answer, int statements) {}

    /**
     * Runs the same request twice and keeps the fewer statements: Spring Session's cleanup of expired sessions runs
     * on its own thread and is counted when it happens to run during a request, which would make equal pages differ
     * by one.
     */
    public static <T> Counted<T> fewerOfTwo(java.util.concurrent.Callable<T> request) throws Exception {
        T answer = null;
        int statements = Integer.MAX_VALUE;
        for (int attempt = 0; attempt < 2; attempt++) {
            reset();
            answer = request.call();
            statements = Math.min(statements, COUNT.get());
        }
        return new Counted<>(answer, statements);
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String name) {
        if (!(bean instanceof DataSource dataSource)) {
            return bean;
        }
        return Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {DataSource.class}, (p, m, a) -> {
            Object result = invoke(dataSource, m, a);
            return result instanceof Connection connection ? counting(connection) : result;
        });
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), new Class<?>[] {Connection.class}, (p, m, a) -> {
                    if (STATEMENTS.contains(m.getName())) {
                        COUNT.incrementAndGet();
                        if (SQL.size() < KEPT) {
                            SQL.add(a != null && a.length > 0 && a[0] instanceof String sql ? sql : m.getName());
                        }
                    }
                    return invoke(connection, m, a);
                });
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
