package org.cocrea.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.cocrea.testing.TestDatabase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/** Features, categories, hiding and the streamed GeoJSON on H2 and PostgreSQL; the table's checks refuse bad rows. */
class MapRepositoryTest {
    /** An organisation, an initiative, a map tool instance and a person; returns {instance, person}. */
    static long[] instanceAndPerson(JdbcClient jdbc) {
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        jdbc.sql("INSERT INTO organisation (name, created_at) VALUES ('O', :now)")
                .param("now", now)
                .update();
        jdbc.sql("""
                INSERT INTO initiative (title, summary, description, organisation_id, domain, level, status,
                    created_at, last_activity_at)
                VALUES ('T', 'S', '', (SELECT id FROM organisation), 'environment-and-parks', 'collective', 'open',
                    :now, :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES ((SELECT id FROM initiative), 'co-design', 'map', :now)
                """).param("now", now).update();
        jdbc.sql("""
                INSERT INTO app_user (email, name, language, kind, terms_accepted_at, created_at)
                VALUES ('a@example.org', 'Anna', 'it', 'citizen', :now, :now)
                """).param("now", now).update();
        return new long[] {
            jdbc.sql("SELECT id FROM tool_instance").query(Long.class).single(),
            jdbc.sql("SELECT id FROM app_user").query(Long.class).single()
        };
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void featuresRoundTripAndStreamAsGeoJson(TestDatabase db) throws Exception {
        var jdbc = db.jdbc();
        long[] ids = instanceAndPerson(jdbc);
        var repo = new MapRepository(jdbc, db.dataSource());
        assertThat(repo.categories(ids[0])).isEmpty();
        repo.saveCategories(ids[0], List.of("Percorso proposto", "Punto pericoloso"));
        repo.saveCategories(ids[0], List.of("Percorso proposto", "Punto pericoloso", "Altro"));
        assertThat(repo.categories(ids[0])).containsExactly("Percorso proposto", "Punto pericoloso", "Altro");

        long line = repo.insert(
                ids[0],
                ids[1],
                new MapRepository.Draft("Via \"dei\" Tigli", "Percorso proposto", "Largo</script>"),
                FeatureGeometry.check("line", "41.90, 12.49\n41.91, 12.50", null));
        long point = repo.insert(
                ids[0],
                ids[1],
                new MapRepository.Draft("Incrocio", null, ""),
                FeatureGeometry.check("point", "41.90, 12.49", null));
        var read = repo.feature(ids[0], line).orElseThrow();
        assertThat(read.title()).isEqualTo("Via \"dei\" Tigli");
        assertThat(read.authorName()).isEqualTo("Anna");
        assertThat(read.kind()).isEqualTo("line");
        assertThat(read.vertices()).isEqualTo(2);
        assertThat(read.coordinatesText()).isEqualTo("41.9, 12.49\n41.91, 12.5\n");
        assertThat(repo.feature(ids[0] + 1, line)).isEmpty();
        assertThat(repo.count(ids[0], false)).isEqualTo(2);
        assertThat(repo.page(ids[0], false, 1, 10)).extracting(MapFeature::id).containsExactly(point);

        assertThat(repo.setHidden(ids[0], point, true)).isTrue();
        assertThat(repo.setHidden(ids[0], point + 100, true)).isFalse();
        assertThat(repo.count(ids[0], false)).isEqualTo(1);
        assertThat(repo.count(ids[0], true)).isEqualTo(2);
        assertThat(repo.page(ids[0], true, 0, 10))
                .extracting(MapFeature::hidden)
                .containsExactly(false, true);

        var out = new StringWriter();
        new GeoJsonExport(repo).write(ids[0], "T", out);
        var json = JsonMapper.builder().build().readTree(out.toString());
        assertThat(json.path("type").asString()).isEqualTo("FeatureCollection");
        assertThat(json.path("features").size()).isEqualTo(1); // the hidden point is left out
        var feature = json.path("features").get(0);
        assertThat(feature.path("id").asLong()).isEqualTo(line);
        assertThat(feature.path("geometry").path("type").asString()).isEqualTo("LineString");
        assertThat(feature.path("properties").path("title").asString()).isEqualTo("Via \"dei\" Tigli");
        assertThat(feature.path("properties").path("description").asString()).isEqualTo("Largo</script>");
    }

    @ParameterizedTest
    @MethodSource("org.cocrea.testing.TestDatabases#both")
    void theTableRefusesWhatTheCheckWouldRefuse(TestDatabase db) {
        var jdbc = db.jdbc();
        long[] ids = instanceAndPerson(jdbc);
        for (String values : List.of(
                "'', 'line', 2, 12, 41, 13, 42", // no title
                "'t', 'circle', 2, 12, 41, 13, 42", // unknown kind
                "'t', 'line', 1001, 12, 41, 13, 42", // too many positions
                "'t', 'line', 0, 12, 41, 13, 42", // none
                "'t', 'line', 2, 12, 91, 13, 92", // latitude out of range
                "'t', 'line', 2, 13, 41, 12, 42")) { // box upside down
            assertThatThrownBy(() -> jdbc.sql("""
                            INSERT INTO map_feature (tool_instance_id, author_id, title, category, description, kind,
                                geojson, vertices, min_lon, min_lat, max_lon, max_lat, hidden, created_at)
                            VALUES (:i, :a, %s, NULL, '', %s, '{}', %s, %s, %s, %s, %s, FALSE, :now)
                            """.formatted(
                                            values.split(", ", 2)[0],
                                            values.split(", ", 3)[1],
                                            rest(values, 2),
                                            rest(values, 3),
                                            rest(values, 4),
                                            rest(values, 5),
                                            rest(values, 6)))
                            .param("i", ids[0])
                            .param("a", ids[1])
                            .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                            .update())
                    .as(values)
                    .isInstanceOf(DataIntegrityViolationException.class);
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM map_feature")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    private static String rest(String values, int index) {
        return values.split(", ")[index];
    }
}
