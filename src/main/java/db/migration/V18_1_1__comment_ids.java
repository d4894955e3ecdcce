package db.migration;

import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The comments copied from the ideas tool by V18_1 kept their ids; new comments take ids after the highest one.
 * Written in Java because restarting an identity needs a literal on H2 and PostgreSQL alike.
 */
public class V18_1_1__comment_ids extends BaseJavaMigration {
    @Override
    public void migrate(Context context) throws Exception {
        try (Statement statement = context.getConnection().createStatement()) {
            long next;
            try (ResultSet max = statement.executeQuery("SELECT COALESCE(MAX(id), 0) + 1 FROM comment")) {
                max.next();
                next = max.getLong(1);
            }
            statement.execute("ALTER TABLE comment ALTER COLUMN id RESTART WITH " + next);
        }
    }
}
