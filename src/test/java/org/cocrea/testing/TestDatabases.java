package org.cocrea.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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

/**
 * The two databases every repository test runs on. PostgreSQL is found at
 * {@code COCREA_TEST_POSTGRES_URL} (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user
 * {@code postgres}). When it is unreachable the PostgreSQL case is skipped on a developer's machine,
 * and fails when {@code CI} is set.
 */
public final class TestDatabases {
    public static final String DEFAULT_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";
    private static final List<String> CREATED_SCHEMAS = new CopyOnWriteArrayList<>();

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

    public static DataSource h2() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:t" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        migrate(ds, null);
        return ds;
    }

    public static DataSource postgres() {
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        requirePostgres();
        var ds = new PGSimpleDataSource();
        ds.setURL(postgresUrl());
        ds.setUser(postgresUser());
        ds.setPassword(postgresPassword());
        ds.setCurrentSchema(schema);
        migrate(ds, schema);
        CREATED_SCHEMAS.add(schema);
        return ds;
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
                c.createStatement().execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        } catch (SQLException ignored) {
            // best effort: a later run's schemas have different names
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
