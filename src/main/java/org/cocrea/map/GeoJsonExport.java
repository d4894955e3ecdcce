package org.cocrea.map;

import java.io.Writer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The GeoJSON FeatureCollection of a map's shown features, written row by row as the database returns them (a
 * read-only transaction lets PostgreSQL send them in batches): nothing of the whole collection is held in memory.
 * Each feature's geometry is the text the server wrote when it checked it; the texts typed by people go through
 * Jackson's generator, which escapes them.
 */
@Component
class GeoJsonExport {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final MapRepository features;

    GeoJsonExport(MapRepository features) {
        this.features = features;
    }

    @Transactional(readOnly = true)
    void write(long instance, String name, Writer out) {
        try (JsonGenerator g = JSON.createGenerator(out)) {
            g.writeStartObject();
            g.writeName("type");
            g.writeString("FeatureCollection");
            g.writeName("name");
            g.writeString(name);
            g.writeName("features");
            g.writeStartArray();
            features.eachShown(instance, rs -> {
                g.writeStartObject();
                g.writeName("type");
                g.writeString("Feature");
                g.writeName("id");
                g.writeNumber(rs.getLong("id"));
                g.writeName("geometry");
                g.writeRawValue(rs.getString("geojson"));
                g.writeName("properties");
                g.writeStartObject();
                g.writeName("title");
                g.writeString(rs.getString("title"));
                g.writeName("category");
                String category = rs.getString("category");
                if (category == null) {
                    g.writeNull();
                } else {
                    g.writeString(category);
                }
                g.writeName("kind");
                g.writeString(rs.getString("kind"));
                g.writeName("description");
                g.writeString(rs.getString("description"));
                g.writeName("created");
                g.writeString(rs.getObject("created_at", java.time.OffsetDateTime.class)
                        .toInstant()
                        .toString());
                g.writeEndObject();
                g.writeEndObject();
            });
            g.writeEndArray();
            g.writeEndObject();
        }
    }
}
