package org.cocrea.map;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.cocrea.initiatives.GeometryText;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** The map_feature and map_settings tables: features drawn on one map instance, and its list of categories. */
@Repository
class MapRepository {
    static final int MAX_CATEGORIES = 20;
    private static final String SELECT = """
            SELECT f.id, f.tool_instance_id, f.author_id, u.name AS author_name, f.title, f.category, f.description,
                f.kind, f.geojson, f.vertices, f.hidden, f.created_at
            FROM map_feature f LEFT JOIN app_user u ON u.id = f.author_id""";

    private final JdbcClient jdbc;
    private final JdbcTemplate streaming;

    MapRepository(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.streaming = new JdbcTemplate(dataSource);
        // PostgreSQL sends rows in batches of this size inside a transaction, instead of the whole result at once
        this.streaming.setFetchSize(500);
    }

    /** A new feature's texts, already checked. */
    record Draft(String title, String category, String description) {}

    static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    long insert(long instance, long author, Draft draft, GeometryText.Checked g) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO map_feature (tool_instance_id, author_id, title, category, description, kind, geojson,
                    vertices, min_lon, min_lat, max_lon, max_lat, hidden, created_at)
                VALUES (:i, :a, :t, :c, :d, :k, :g, :v, :x0, :y0, :x1, :y1, FALSE, :now)
                """)
                .param("i", instance)
                .param("a", author)
                .param("t", draft.title())
                .param("c", draft.category())
                .param("d", draft.description())
                .param("k", g.kind())
                .param("g", g.geojson())
                .param("v", g.vertices())
                .param("x0", g.minLon())
                .param("y0", g.minLat())
                .param("x1", g.maxLon())
                .param("y1", g.maxLat())
                .param("now", now())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    Optional<MapFeature> feature(long instance, long id) {
        return jdbc.sql(SELECT + " WHERE f.tool_instance_id = :i AND f.id = :id")
                .param("i", instance)
                .param("id", id)
                .query(MapRepository::feature)
                .optional();
    }

    /** One page of the features, oldest first; hidden ones only for {@code withHidden}. */
    List<MapFeature> page(long instance, boolean withHidden, int offset, int limit) {
        return jdbc.sql(SELECT + " WHERE f.tool_instance_id = :i" + (withHidden ? "" : " AND NOT f.hidden")
                        + " ORDER BY f.id OFFSET :o ROWS FETCH NEXT :l ROWS ONLY")
                .param("i", instance)
                .param("o", offset)
                .param("l", limit)
                .query(MapRepository::feature)
                .list();
    }

    int count(long instance, boolean withHidden) {
        return jdbc.sql("SELECT COUNT(*) FROM map_feature WHERE tool_instance_id = :i"
                        + (withHidden ? "" : " AND NOT hidden"))
                .param("i", instance)
                .query(Integer.class)
                .single();
    }

    /** Hides or shows a feature again; false when there is no such feature in the instance. */
    boolean setHidden(long instance, long id, boolean hidden) {
        return jdbc.sql("UPDATE map_feature SET hidden = :h WHERE tool_instance_id = :i AND id = :id")
                        .param("h", hidden)
                        .param("i", instance)
                        .param("id", id)
                        .update()
                == 1;
    }

    /** The facilitators' categories, in their order; empty when none were set. */
    List<String> categories(long instance) {
        return jdbc.sql("SELECT categories FROM map_settings WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(String.class)
                .optional()
                .map(MapRepository::lines)
                .orElse(List.of());
    }

    static List<String> lines(String text) {
        return Arrays.stream(text.split("\\r?\\n"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .distinct()
                .toList();
    }

    void saveCategories(long instance, List<String> categories) {
        String text = String.join("\n", categories);
        int updated = jdbc.sql("UPDATE map_settings SET categories = :c WHERE tool_instance_id = :i")
                .param("c", text)
                .param("i", instance)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO map_settings (tool_instance_id, categories) VALUES (:i, :c)")
                    .param("c", text)
                    .param("i", instance)
                    .update();
        }
    }

    /** Every shown feature of the instance, oldest first, one row at a time (the GeoJSON download). */
    void eachShown(long instance, RowCallbackHandler row) {
        streaming.query("""
                SELECT f.id, f.title, f.category, f.description, f.kind, f.geojson, f.created_at
                FROM map_feature f WHERE f.tool_instance_id = ? AND NOT f.hidden ORDER BY f.id
                """, row, instance);
    }

    private static MapFeature feature(ResultSet rs, int row) throws SQLException {
        long author = rs.getLong("author_id");
        Long authorId = rs.wasNull() ? null : author;
        return new MapFeature(
                rs.getLong("id"),
                rs.getLong("tool_instance_id"),
                authorId,
                rs.getString("author_name"),
                rs.getString("title"),
                rs.getString("category"),
                rs.getString("description"),
                rs.getString("kind"),
                rs.getString("geojson"),
                rs.getInt("vertices"),
                rs.getBoolean("hidden"),
                rs.getObject("created_at", OffsetDateTime.class));
    }
}
