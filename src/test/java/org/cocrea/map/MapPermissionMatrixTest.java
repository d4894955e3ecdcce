package org.cocrea.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every route of the map tool for the seven kinds of person, on the demo map of the collective initiative (public)
 * and on a map added to the group initiative (members only). Readers get the pages and the GeoJSON; drawing is for
 * members and facilitators, hiding and settings for facilitators; "LOGIN" is the redirect to the sign-in page,
 * outsiders get 404, readers who may not act 403. A changing cell that is refused leaves the map's rows unchanged;
 * an allowed one has its effect.
 */
@WebTest
class MapPermissionMatrixTest {
    static final String OTHER_CITIZEN = "map.other.citizen@example.org";
    static final String OTHER_PRO = "map.other.pro@example.org";

    static final Set<String> ROUTES = Set.of(
            "GET /map/{tool:\\d+}",
            "GET /map/{tool:\\d+}/new",
            "POST /map/{tool:\\d+}/features",
            "GET /map/{tool:\\d+}/features/{feature:\\d+}",
            "POST /map/{tool:\\d+}/features/{feature:\\d+}/hidden",
            "GET /map/{tool:\\d+}/settings",
            "POST /map/{tool:\\d+}/settings",
            "GET /map/{tool:\\d+}/export.geojson");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MapRepository features;

    @BeforeEach
    void people() {
        TestPeople.ensure(jdbc, OTHER_CITIZEN, "citizen", null);
        long org =
                jdbc.sql("SELECT MIN(id) FROM organisation").query(Long.class).single();
        TestPeople.ensure(jdbc, OTHER_PRO, "professional", org);
    }

    static long demoMap(JdbcClient jdbc) {
        return jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE tool_id = 'map'")
                .query(Long.class)
                .single();
    }

    /** A map in the co-design phase of "Scuola inclusiva", with one feature; made once. */
    private synchronized long schoolMap() {
        long initiative = jdbc.sql("SELECT id FROM initiative WHERE title = 'Scuola inclusiva'")
                .query(Long.class)
                .single();
        var existing = jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = 'map'")
                .param("i", initiative)
                .query(Long.class)
                .optional();
        if (existing.isPresent()) {
            return existing.get();
        }
        jdbc.sql("""
                INSERT INTO tool_instance (initiative_id, phase, tool_id, created_at)
                VALUES (:i, 'co-design', 'map', :now)
                """)
                .param("i", initiative)
                .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                .update();
        long map = jdbc.sql("SELECT id FROM tool_instance WHERE initiative_id = :i AND tool_id = 'map'")
                .param("i", initiative)
                .query(Long.class)
                .single();
        long parent = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.PARENT)
                .query(Long.class)
                .single();
        features.insert(
                map,
                parent,
                new MapRepository.Draft("Ingresso", null, ""),
                FeatureGeometry.check("point", "41.9, 12.5", null));
        return map;
    }

    private long firstFeature(long map) {
        return jdbc.sql("SELECT MIN(id) FROM map_feature WHERE tool_instance_id = :i")
                .param("i", map)
                .query(Long.class)
                .single();
    }

    private String state(long map) {
        return jdbc.sql("""
                        SELECT COUNT(*) || ':' || SUM(CASE WHEN hidden THEN 1 ELSE 0 END) FROM map_feature
                        WHERE tool_instance_id = :i
                        """).param("i", map).query(String.class).single()
                + "|"
                + jdbc.sql("SELECT categories FROM map_settings WHERE tool_instance_id = :i")
                        .param("i", map)
                        .query(String.class)
                        .optional()
                        .orElse("");
    }

    record Route(String name, boolean changes, Function<Long, MockHttpServletRequestBuilder> request) {}

    private List<String> check(long map, Map<Who, String> roles, Set<Who> readers, Set<Who> drawers) throws Exception {
        var emails = new EnumMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        long feature = firstFeature(map);
        String categories = jdbc.sql("SELECT categories FROM map_settings WHERE tool_instance_id = :i")
                .param("i", map)
                .query(String.class)
                .optional()
                .orElse("");
        var routes = List.of(
                new Route("GET /map/{tool:\\d+}", false, id -> get("/map/" + id)),
                new Route("GET /map/{tool:\\d+}/new", false, id -> get("/map/" + id + "/new")),
                new Route(
                        "POST /map/{tool:\\d+}/features",
                        true,
                        id -> post("/map/" + id + "/features")
                                .param("title", "Matrice")
                                .param("kind", "point")
                                .param("coordinates", "41.9, 12.5")),
                new Route(
                        "GET /map/{tool:\\d+}/features/{feature:\\d+}",
                        false,
                        id -> get("/map/" + id + "/features/" + feature)),
                new Route(
                        "POST /map/{tool:\\d+}/features/{feature:\\d+}/hidden",
                        true,
                        id -> post("/map/" + id + "/features/" + feature + "/hidden")
                                .param("hidden", "false")),
                new Route("GET /map/{tool:\\d+}/settings", false, id -> get("/map/" + id + "/settings")),
                new Route(
                        "POST /map/{tool:\\d+}/settings",
                        true,
                        id -> post("/map/" + id + "/settings").param("categories", categories)),
                new Route("GET /map/{tool:\\d+}/export.geojson", false, id -> get("/map/" + id + "/export.geojson")));
        assertThat(routes.stream().map(Route::name)).containsExactlyInAnyOrderElementsOf(ROUTES);
        // Of the changing routes only drawing changes the rows compared: hiding a shown feature and saving the same
        // categories change nothing even when allowed.
        return new PermissionMatrix(mvc, users)
                .people(emails::get)
                .state(() -> state(map), "the map")
                .allowed("302")
                .byPerson()
                .run(
                        null,
                        routes,
                        (route, who) -> PermissionMatrix.Cell.changing(
                                route.name(),
                                () -> route.request().apply(map),
                                expected(route, who, readers, drawers),
                                route.name().endsWith("/features"),
                                null));
    }

    private static String expected(Route route, Who who, Set<Who> readers, Set<Who> drawers) {
        boolean read = route.name().startsWith("GET /map/{tool:\\d+}/features")
                || route.name().equals("GET /map/{tool:\\d+}")
                || route.name().endsWith("export.geojson");
        boolean draw = route.name().contains("/new") || route.name().endsWith("/features");
        boolean moderate = route.name().contains("settings") || route.name().endsWith("hidden");
        if (!readers.contains(who)) {
            // the reading routes are public: a map nobody may read is not found, even before signing in
            return who == Who.ANONYMOUS && !read ? "LOGIN" : "404";
        } else if (read) {
            return "200";
        } else if (who == Who.ANONYMOUS) {
            return "LOGIN";
        } else if (draw && drawers.contains(who) || moderate && who == Who.FACILITATOR) {
            return route.changes() ? "302" : "200";
        }
        return "403";
    }

    @Test
    void collectiveInitiative() throws Exception {
        assertThat(check(
                        demoMap(jdbc),
                        Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                        Set.of(Who.values()),
                        Set.of(Who.MEMBER, Who.FACILITATOR)))
                .isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        assertThat(check(
                        schoolMap(),
                        Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                        Set.of(Who.MEMBER, Who.FACILITATOR),
                        Set.of(Who.MEMBER, Who.FACILITATOR)))
                .isEmpty();
    }
}
