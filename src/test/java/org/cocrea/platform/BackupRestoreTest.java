package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.cocrea.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/** Back up, wipe, restore, and find the same counts: on the embedded H2 and with pg_dump/pg_restore. */
class BackupRestoreTest {
    static final List<String> TABLES = List.of("organisation", "department", "app_user", "dev_mail");

    static void fill(JdbcClient jdbc) {
        for (int i = 0; i < 30; i++) {
            long org = jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, CURRENT_TIMESTAMP)")
                    .param("n", "Ente " + i)
                    .update();
            assertThat(org).isEqualTo(1);
        }
        jdbc.sql("INSERT INTO department (organisation_id, name) SELECT id, 'Ufficio' FROM organisation")
                .update();
        for (int i = 0; i < 50; i++) {
            jdbc.sql("""
                    INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)
                    VALUES (:e, 'Persona', 'it', 'citizen', CURRENT_TIMESTAMP, CURRENT_TIMESTAMP)
                    """).param("e", "p" + i + "@example.org").update();
        }
        jdbc.sql(
                        "INSERT INTO dev_mail (recipient, subject, body, created_at) VALUES ('a@b.it', 's', 'b', CURRENT_TIMESTAMP)")
                .update();
    }

    static List<Long> counts(JdbcClient jdbc) {
        var counts = new ArrayList<Long>();
        for (String table : TABLES) {
            counts.add(
                    jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single());
        }
        return counts;
    }

    @Test
    void embeddedOnlineBackupRestoresTheSameData(@TempDir Path dataDir) throws Exception {
        String url = "jdbc:h2:file:" + dataDir.resolve("cocrea").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
        List<Long> before;
        Path backup;
        try (Connection connection = DriverManager.getConnection(url, "sa", "")) {
            DataSource ds = new SingleConnectionDataSource(connection, true);
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate();
            fill(JdbcClient.create(ds));
            before = counts(JdbcClient.create(ds));
            var backups = new Backups(ds, dataDir.toString());
            assertThat(backups.embedded()).isTrue();
            backup = backups.backUp();
            assertThat(backups.list()).containsExactly(backup);
            connection.createStatement().execute("SHUTDOWN");
        }
        Files.delete(dataDir.resolve("cocrea.mv.db"));
        unzip(backup, dataDir);

        var restored = new JdbcDataSource();
        restored.setURL(url);
        restored.setUser("sa");
        assertThat(counts(JdbcClient.create(restored))).isEqualTo(before).allMatch(n -> n > 0);
    }

    @Test
    void postgresDumpAndRestoreGiveTheSameData(@TempDir Path work) throws Exception {
        String schema = TestDatabases.newPostgresSchema();
        var ds = new org.postgresql.ds.PGSimpleDataSource();
        ds.setURL(TestDatabases.postgresUrl());
        ds.setUser(TestDatabases.postgresUser());
        ds.setPassword(TestDatabases.postgresPassword());
        ds.setCurrentSchema(schema);
        Flyway.configure()
                .dataSource(ds)
                .schemas(schema)
                .locations("classpath:db/migration")
                .load()
                .migrate();
        fill(JdbcClient.create(ds));
        List<Long> before = counts(JdbcClient.create(ds));

        URI server = URI.create(TestDatabases.postgresUrl().substring("jdbc:".length()));
        String database = server.getPath().substring(1);
        Path dump = work.resolve("cocrea.dump");
        run(
                "pg_dump",
                "-h",
                server.getHost(),
                "-p",
                String.valueOf(server.getPort()),
                "-U",
                TestDatabases.postgresUser(),
                "-n",
                schema,
                "-Fc",
                "-f",
                dump.toString(),
                database);
        JdbcClient.create(ds).sql("DROP SCHEMA " + schema + " CASCADE").update();
        run(
                "pg_restore",
                "-h",
                server.getHost(),
                "-p",
                String.valueOf(server.getPort()),
                "-U",
                TestDatabases.postgresUser(),
                "--no-owner",
                "-d",
                database,
                dump.toString());

        assertThat(counts(JdbcClient.create(ds))).isEqualTo(before).allMatch(n -> n > 0);
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertThat(process.waitFor())
                .as(String.join(" ", command) + "\n" + output)
                .isZero();
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (var in = new ZipInputStream(Files.newInputStream(zip))) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = into.resolve(entry.getName()).normalize();
                assertThat(target.startsWith(into)).isTrue();
                Files.copy(in, target);
            }
        }
    }
}
