package org.cocrea.testing;

import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.provider.Arguments;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The two databases every repository test runs on. PostgreSQL is found at
 * {@code COCREA_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}). When it is unreachable the PostgreSQL case is skipped on a developer's machine,
 * and fails when {@code CI} is set.
 *
 * <p>Each repository test gets its own database, but the migrations run once per JVM and database kind: an H2
 * template is migrated in memory and copied by its own {@code SCRIPT}; on PostgreSQL a template database named after a
 * hash of the migration scripts is migrated once (by whichever JVM needs it first) and each test's database is a
 * {@code CREATE DATABASE ... TEMPLATE} copy of it. Migrating afresh for each of some 300 cases took minutes of the
 * suite; a copy takes milliseconds (H2) or a fraction of a second (PostgreSQL).
 */
public final class TestDatabases {
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final List<String> CREATED_SCHEMAS = new CopyOnWriteArrayList<>();
    /** Each test's database is named after the JVM that made it: {@code cocrea_t_<pid>_<random>}. */
    private static final String DATABASE_PREFIX = "cocrea_t_";

    private static final List<HikariDataSource> POOLS = new ArrayList<>();

    private static List<String> h2Script;
    private static String postgresTemplate;

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropSchemas));
    }

    private TestDatabases() {}

    /** For {@code @MethodSource("org.cocrea.testing.TestDatabases#both")}. */
    public static Stream<Arguments> both() {
        return Stream.of(
                Arguments.of(new TestDatabase("H2", TestDatabases::h2)),
                Arguments.of(new TestDatabase("PostgreSQL", TestDatabases::postgres)));
    }

    /** A new in-memory H2 database holding every migration, copied from this JVM's migrated template. */
    public static DataSource h2() {
        List<String> script = h2Script();
        var ds = newH2();
        try (Connection c = ds.getConnection();
                Statement st = c.createStatement()) {
            for (String statement : script) {
                st.execute(statement);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the migrated H2 template", e);
        }
        return pooled(ds);
    }

    /** A new PostgreSQL database holding every migration, copied from the migrated template; dropped at JVM exit. */
    public static DataSource postgres() {
        requirePostgres();
        String template = postgresTemplate();
        String database = DATABASE_PREFIX + ProcessHandle.current().pid() + "_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection c = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
                Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + database + " TEMPLATE " + template);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not copy the migrated PostgreSQL template " + template, e);
        }
        return pooled(postgresDatabase(database));
    }

    /**
     * A PostgreSQL connection is a new server process, and even an H2 session is set up and its password checked: a
     * repository test without a pool opened one per statement, thousands in the tests that record events one by one. Each test database gets a small pool (enough for the
     * 32-thread races); the pools of earlier tests give back their idle connections when a new one is made, so the
     * server's connection limit is never approached however many tests a JVM runs.
     */
    private static synchronized DataSource pooled(DataSource database) {
        for (var earlier : POOLS) {
            var bean = earlier.getHikariPoolMXBean();
            if (bean != null) {
                bean.softEvictConnections();
            }
        }
        var pool = new HikariDataSource();
        pool.setDataSource(database);
        pool.setPoolName("test-" + POOLS.size());
        pool.setMaximumPoolSize(40);
        pool.setMinimumIdle(0);
        pool.setIdleTimeout(10_000);
        POOLS.add(pool);
        return pool;
    }

    private static JdbcDataSource newH2() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        return ds;
    }

    private static synchronized List<String> h2Script() {
        if (h2Script == null) {
            var template = newH2();
            migrate(template, null);
            var statements = new ArrayList<String>();
            try (Connection c = template.getConnection();
                    Statement st = c.createStatement();
                    ResultSet rs = st.executeQuery("SCRIPT NOPASSWORDS NOSETTINGS")) {
                while (rs.next()) {
                    statements.add(rs.getString(1));
                }
                st.execute("SHUTDOWN");
            } catch (SQLException e) {
                throw new IllegalStateException("Could not script the migrated H2 template", e);
            }
            h2Script = List.copyOf(statements);
        }
        return h2Script;
    }

    /**
     * The name of a migrated template database for the current migration scripts, creating it when missing. It is
     * migrated under a private name and renamed when complete, so a JVM that finds the name finds a whole template;
     * two JVMs racing both migrate and one rename wins.
     */
    private static synchronized String postgresTemplate() {
        if (postgresTemplate != null) {
            return postgresTemplate;
        }
        String name = "cocrea_tpl_" + migrationsHash();
        try (Connection c = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
                Statement st = c.createStatement()) {
            if (!databaseExists(st, name)) {
                String building = name + "_"
                        + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
                st.execute("CREATE DATABASE " + building);
                migrate(postgresDatabase(building), null);
                try {
                    st.execute("ALTER DATABASE " + building + " RENAME TO " + name);
                } catch (SQLException raced) {
                    st.execute("DROP DATABASE IF EXISTS " + building + " WITH (FORCE)");
                    if (!databaseExists(st, name)) {
                        throw raced;
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the PostgreSQL template " + name, e);
        }
        postgresTemplate = name;
        dropLeftoversInBackground();
        return name;
    }

    /**
     * Dropping a database costs PostgreSQL a checkpoint (seconds each under load), so a JVM does not drop the copies it
     * made when it ends; the next JVM on this machine drops those of JVMs no longer running, in the background. Only
     * for a server on this machine, where a process id says whether its JVM still runs.
     */
    private static void dropLeftoversInBackground() {
        String host = URI.create(postgresUrl().substring("jdbc:".length())).getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"::1".equals(host)) {
            return;
        }
        var cleaner = new Thread(
                () -> {
                    try (Connection c = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword());
                            Statement st = c.createStatement()) {
                        var leftovers = new ArrayList<String>();
                        try (ResultSet rs = st.executeQuery(
                                "SELECT datname FROM pg_database WHERE datname LIKE 'cocrea\\_t\\_%'")) {
                            while (rs.next()) {
                                leftovers.add(rs.getString(1));
                            }
                        }
                        for (String database : leftovers) {
                            String[] parts =
                                    database.substring(DATABASE_PREFIX.length()).split("_");
                            boolean running = parts.length == 2
                                    && parts[0].chars().allMatch(Character::isDigit)
                                    && ProcessHandle.of(Long.parseLong(parts[0]))
                                            .map(ProcessHandle::isAlive)
                                            .orElse(false);
                            if (!running) {
                                dropQuietly(c, "DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
                            }
                        }
                    } catch (SQLException | RuntimeException ignored) {
                        // best effort: the next JVM tries again
                    }
                },
                "test-database-cleaner");
        cleaner.setDaemon(true);
        cleaner.start();
    }

    private static boolean databaseExists(Statement st, String name) throws SQLException {
        try (ResultSet rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name + "'")) {
            return rs.next();
        }
    }

    private static PGSimpleDataSource postgresDatabase(String database) {
        var ds = new PGSimpleDataSource();
        String url = postgresUrl();
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        ds.setURL(url.substring(0, slash + 1) + database + (query < 0 ? "" : url.substring(query)));
        ds.setUser(postgresUser());
        ds.setPassword(postgresPassword());
        // A commit need not wait for the server's disk: tests see the same locks, constraints and visibility, and
        // the tests that commit thousands of times (races, random corrections) stop waiting on fsync for each one.
        ds.setOptions("-c synchronous_commit=off");
        return ds;
    }

    /** A short hash of every migration script's name and content: a changed script means a new template. */
    private static String migrationsHash() {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            var resolver = new PathMatchingResourcePatternResolver();
            var scripts = new ArrayList<>(List.of(resolver.getResources("classpath*:db/migration/*")));
            scripts.sort(Comparator.comparing(r -> String.valueOf(r.getFilename())));
            for (var script : scripts) {
                digest.update(String.valueOf(script.getFilename()).getBytes(StandardCharsets.UTF_8));
                try (InputStream in = script.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
            return HexFormat.of().formatHex(digest.digest()).substring(0, 16);
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Fails (under CI) or skips (elsewhere) when PostgreSQL cannot be reached. */
    public static void requirePostgres() {
        try (Connection ignored = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword())) {
            // reachable
        } catch (SQLException e) {
            String message = "PostgreSQL is not reachable at " + postgresUrl() + " (" + e.getMessage() + ")";
            if (isCi()) {
                throw new AssertionError(message + "; CI requires it");
            }
            Assumptions.abort(message + "; set CI=true to make this a failure");
        }
    }

    public static boolean isCi() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }

    public static String postgresUrl() {
        return env("COCREA_TEST_POSTGRES_URL", DEFAULT_POSTGRES_URL);
    }

    public static String postgresUser() {
        return env("COCREA_TEST_POSTGRES_USER", "postgres");
    }

    public static String postgresPassword() {
        return env("COCREA_TEST_POSTGRES_PASSWORD", "");
    }

    /** A new empty schema, for a whole Spring context running on PostgreSQL; dropped when the JVM ends. */
    public static String newPostgresSchema() {
        requirePostgres();
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword())) {
            c.createStatement().execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        CREATED_SCHEMAS.add(schema);
        return schema;
    }

    private static void migrate(DataSource ds, String schema) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema);
        }
        config.load().migrate();
    }

    private static void dropSchemas() {
        if (CREATED_SCHEMAS.isEmpty()) {
            return;
        }
        try (Connection c = DriverManager.getConnection(postgresUrl(), postgresUser(), postgresPassword())) {
            for (String schema : CREATED_SCHEMAS) {
                dropQuietly(c, "DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException ignored) {
            // best effort: a later run's schemas have different names
        }
    }

    private static void dropQuietly(Connection c, String sql) {
        try (Statement st = c.createStatement()) {
            st.execute(sql);
        } catch (SQLException ignored) {
            // best effort, as above: the next one is still dropped
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
