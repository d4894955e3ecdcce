package org.cocrea.testing;

import java.util.function.Supplier;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A freshly migrated database for one repository test: an in-memory H2 in PostgreSQL mode, or a new
 * schema on the PostgreSQL server. Created lazily so that a missing PostgreSQL shows on its own test.
 */
public final class TestDatabase {
    private final String name;
    private final Supplier<DataSource> factory;
    private DataSource dataSource;

    TestDatabase(String name, Supplier<DataSource> factory) {
        this.name = name;
        this.factory = factory;
    }

    public DataSource dataSource() {
        if (dataSource == null) {
            dataSource = factory.get();
        }
        return dataSource;
    }

    public JdbcClient jdbc() {
        return JdbcClient.create(dataSource());
    }

    public boolean isPostgres() {
        return name.equals("PostgreSQL");
    }

    @Override
    public String toString() {
        return name;
    }
}
