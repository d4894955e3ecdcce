package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cocrea.testing.Browser;
import org.cocrea.testing.TestDatabases;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;

/** The whole application on PostgreSQL: migrations, sessions in the database, no demo data unless asked. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class PostgresApplicationIT {

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        String schema = TestDatabases.newPostgresSchema();
        registry.add("spring.datasource.url", () -> TestDatabases.postgresUrl() + "?currentSchema=" + schema);
        registry.add("spring.datasource.username", TestDatabases::postgresUser);
        registry.add("spring.datasource.password", TestDatabases::postgresPassword);
        registry.add("spring.flyway.schemas", () -> schema);
        registry.add("cocrea.demo", () -> "");
    }

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Test
    void runsOnPostgresWithoutDemoData() throws Exception {
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user").query(Long.class).single())
                .isZero();
        String health = mvc.perform(
                        get("/actuator/health")
                                // Details are for administrators (issue 11, finding 10); this database has none yet.
                                .with(org.springframework.security.test.web.servlet.request
                                        .SecurityMockMvcRequestPostProcessors.user("operator")
                                        .roles("ADMIN")))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(health).contains("PostgreSQL").contains("\"status\":\"UP\"");
    }

    @Test
    void registersAndSignsInWithTheSessionStoredInPostgres() throws Exception {
        var browser = new Browser(mvc);
        var registered = browser.perform(post("/register")
                .with(csrf())
                .param("name", "Piera Postgres")
                .param("email", "piera@example.org")
                .param("password", "a postgres passphrase")
                .param("language", "it")
                .param("acceptTerms", "true"));
        assertThat(registered.getRedirectedUrl()).isEqualTo("/login");
        browser.perform(post("/login")
                .with(csrf())
                .param("email", "piera@example.org")
                .param("password", "a postgres passphrase"));
        assertThat(browser.perform(get("/profile")).getContentAsString()).contains("piera@example.org");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = 'piera@example.org'")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }
}
