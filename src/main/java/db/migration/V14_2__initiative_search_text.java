package db.migration;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.Locale;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Word-based, accent-insensitive search on initiatives (issue 3), and the cycle of a facilitator's chosen
 * active phase. Written in Java because folding accents is not portable SQL: H2 has no unaccent, and
 * PostgreSQL's is an extension. The folding is copied here, not shared with {@code SearchText}, so that this
 * migration keeps doing what it did when it ran, whatever later versions of the search change.
 */
public class V14_2__initiative_search_text extends BaseJavaMigration {
    private static final int MAX = 2100;

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            // title and summary folded (lower case, no accents), kept by InitiativeRepository on insert and update
            ddl.execute("ALTER TABLE initiative ADD COLUMN search_text VARCHAR(" + MAX + ") DEFAULT '' NOT NULL");
            // with active_phase_override: which cycle's occurrence of that phase the facilitator chose
            ddl.execute("ALTER TABLE initiative ADD COLUMN active_cycle_override INTEGER");
        }
        try (Statement read = connection.createStatement();
                ResultSet rows = read.executeQuery("SELECT id, title, summary FROM initiative");
                PreparedStatement write =
                        connection.prepareStatement("UPDATE initiative SET search_text = ? WHERE id = ?")) {
            int pending = 0;
            while (rows.next()) {
                write.setString(1, fold(rows.getString(2), rows.getString(3)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
                if (++pending == 500) {
                    write.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                write.executeBatch();
            }
        }
    }

    private static String fold(String title, String summary) {
        String text = (title + " " + summary).toLowerCase(Locale.ROOT);
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "")
                .replaceAll("\\s+", " ");
        return folded.length() <= MAX ? folded : folded.substring(0, MAX);
    }
}
