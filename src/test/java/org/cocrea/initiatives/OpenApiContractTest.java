package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yaml.snakeyaml.Yaml;

/**
 * The OpenAPI description the app serves documents exactly the fields the API returns: the initiative (and
 * its phases), the page around a list, and the typology cells. A field added to a record without the
 * description, or described but never sent, fails here.
 */
@InitiativesWebTest
class OpenApiContractTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    Map<String, Object> spec;

    @BeforeEach
    void readSpec() throws Exception {
        String yaml = mvc.perform(get("/openapi.yaml"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        spec = new Yaml().load(yaml);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> at(Map<String, Object> node, String... path) {
        Map<String, Object> current = node;
        for (String step : path) {
            current = (Map<String, Object>) current.get(step);
            assertThat(current).as("openapi.yaml has " + String.join("/", path)).isNotNull();
        }
        return current;
    }

    private static Set<String> properties(Map<String, Object> schema) {
        return new TreeSet<>(at(schema, "properties").keySet());
    }

    @SuppressWarnings("unchecked")
    private static Set<String> required(Map<String, Object> schema) {
        return new TreeSet<>((List<String>) schema.get("required"));
    }

    private Map<String, Object> initiativeSchema() {
        return at(spec, "components", "schemas", "Initiative");
    }

    private Map<String, Object> responseSchema(String path) {
        return at(spec, "paths", path, "get", "responses", "200", "content", "application/json", "schema");
    }

    private String json(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private static Set<String> keys(String json, String path) {
        Map<String, Object> object = JsonPath.read(json, path);
        return new TreeSet<>(object.keySet());
    }

    @Test
    void theInitiativeSchemaListsExactlyTheFieldsReturned() throws Exception {
        Map<String, Object> initiative = initiativeSchema();
        // the demo family's individual plan, seen by its citizen, has every field (activePhase included)
        String list = json(get("/api/initiatives").param("size", "100").with(new Demo(users).as(Demo.PARENT)));
        List<Map<String, Object>> items = JsonPath.read(list, "$.items");
        assertThat(items).isNotEmpty();
        for (int k = 0; k < items.size(); k++) {
            Set<String> returned = keys(list, "$.items[" + k + "]");
            assertThat(returned).as("item " + k).isEqualTo(properties(initiative));
            assertThat(returned).containsAll(required(initiative));
        }
        assertThat(keys(list, "$")).isEqualTo(properties(responseSchema("/api/initiatives")));

        Number id = JsonPath.read(list, "$.items[0].id");
        String one = json(get("/api/initiatives/" + id).with(new Demo(users).as(Demo.PARENT)));
        assertThat(keys(one, "$")).isEqualTo(properties(initiative));
        Map<String, Object> oneRef = responseSchema("/api/initiatives/{id}");
        assertThat(oneRef.get("$ref")).isEqualTo("#/components/schemas/Initiative");

        @SuppressWarnings("unchecked")
        Map<String, Object> phaseSchema =
                at((Map<String, Object>) at(initiative, "properties").get("phases"), "items");
        List<Map<String, Object>> phases = JsonPath.read(list, "$.items[*].phases[*]");
        assertThat(phases).isNotEmpty();
        for (var phase : phases) {
            assertThat(new TreeSet<>(phase.keySet())).isEqualTo(properties(phaseSchema));
        }
        assertThat(properties(phaseSchema)).isEqualTo(required(phaseSchema));
    }

    @Test
    void theTypologySchemaListsExactlyTheFieldsReturned() throws Exception {
        Map<String, Object> typology = responseSchema("/api/typology");
        String json = json(get("/api/typology"));
        assertThat(keys(json, "$")).isEqualTo(properties(typology));

        @SuppressWarnings("unchecked")
        Map<String, Object> cell =
                at((Map<String, Object>) at(typology, "properties").get("cells"), "items");
        List<Map<String, Object>> cells = JsonPath.read(json, "$.cells");
        assertThat(cells).hasSize(12);
        for (var c : cells) {
            assertThat(new TreeSet<>(c.keySet())).isEqualTo(properties(cell)).isEqualTo(required(cell));
        }
    }
}
