package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.cocrea.initiatives.core.InitiativeFilter;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.SearchText;
import org.cocrea.initiatives.core.Viewer;
import org.cocrea.testing.TestDatabases;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.postgresql.ds.PGSimpleDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/** V14_2 fills the folded search text of initiatives that existed before it, on both databases. */
class SearchTextMigrationTest {

    @Test
    void backfillsOnH2() {
        var ds = new JdbcDataSource();
        ds.setURL("jdbc:h2:mem:m" + UUID.randomUUID().toString().replace("-", "")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        ds.setUser("sa");
        check(ds, null);
    }

    @Test
    void backfillsOnPostgres() {
        String schema = TestDatabases.newPostgresSchema();
        var ds = new PGSimpleDataSource();
        ds.setURL(TestDatabases.postgresUrl());
        ds.setUser(TestDatabases.postgresUser());
        ds.setPassword(TestDatabases.postgresPassword());
        ds.setCurrentSchema(schema);
        check(ds, schema);
    }

    private static void check(DataSource ds, String schema) {
        migrate(ds, schema, "13.0");
        var jdbc = JdbcClient.create(ds);
        long org = Rows.organisation(jdbc, "Org");
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('Città  Più VERDE', 'Perché sì', '', :org, 'other', 'collective', 'open', :now, :now)
                """)
                .param("org", org)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        migrate(ds, schema, null);

        assertThat(jdbc.sql("SELECT search_text FROM initiative")
                        .query(String.class)
                        .single())
                .isEqualTo("citta piu verde perche si")
                .isEqualTo(SearchText.of("Città  Più VERDE", "Perché sì"));
        var repo = new InitiativeRepository(jdbc);
        var filter = new InitiativeFilter(null, null, null, null, null, null, null, "verde citta");
        assertThat(repo.search(filter, new Viewer(null), 0, 10).total()).isEqualTo(1);
    }

    private static void migrate(DataSource ds, String schema, String target) {
        var config = Flyway.configure().dataSource(ds).locations("classpath:db/migration");
        if (schema != null) {
            config.schemas(schema).defaultSchema(schema);
        }
        if (target != null) {
            config.target(target);
        }
        config.load().migrate();
    }
}
