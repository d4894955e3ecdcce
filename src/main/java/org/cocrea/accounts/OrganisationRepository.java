package org.cocrea.accounts;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The organisation and department tables. */
@Repository
class OrganisationRepository {
    private final JdbcClient jdbc;

    OrganisationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long create(String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:name, :now)")
                .param("name", name)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long addDepartment(long organisationId, String name) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO department (organisation_id, name) VALUES (:org, :name)")
                .param("org", organisationId)
                .param("name", name)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<Organisation> all() {
        return jdbc.sql("SELECT id, name FROM organisation ORDER BY name")
                .query(Organisation.class)
                .list();
    }

    Optional<Organisation> find(long id) {
        return jdbc.sql("SELECT id, name FROM organisation WHERE id = :id")
                .param("id", id)
                .query(Organisation.class)
                .optional();
    }

    Optional<Organisation> findByName(String name) {
        return jdbc.sql("SELECT id, name FROM organisation WHERE name = :name")
                .param("name", name)
                .query(Organisation.class)
                .optional();
    }

    List<Department> departments(long organisationId) {
        return jdbc.sql("SELECT id, organisation_id, name FROM department WHERE organisation_id = :org ORDER BY name")
                .param("org", organisationId)
                .query(OrganisationRepository::department)
                .list();
    }

    List<Department> allDepartments() {
        return jdbc.sql("SELECT id, organisation_id, name FROM department ORDER BY organisation_id, name")
                .query(OrganisationRepository::department)
                .list();
    }

    Optional<Department> department(long id) {
        return jdbc.sql("SELECT id, organisation_id, name FROM department WHERE id = :id")
                .param("id", id)
                .query(OrganisationRepository::department)
                .optional();
    }

    private static Department department(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Department(rs.getLong("id"), rs.getLong("organisation_id"), rs.getString("name"));
    }
}
