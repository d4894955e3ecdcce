package org.cocrea.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.cocrea.accounts.Accounts;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The contract: for every endpoint of {@code /api/v1} in {@code /openapi.yaml}, call it and check that the
 * properties documented for its 200 answer are exactly the properties it returns, at every level (objects inside
 * arrays and objects, through {@code $ref}). An endpoint documented but not called here fails the test.
 */
@WebTest
class ApiContractTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    ApiTokens tokens;

    @Autowired
    Accounts accounts;

    private Map<String, Object> spec;

    @SuppressWarnings("unchecked")
    @Test
    void everyDocumentedPropertyIsReturnedAndNothingElse() throws Exception {
        try (InputStream in = getClass().getResourceAsStream("/static/openapi.yaml")) {
            spec = new Yaml().load(in);
        }
        var demo = new Demo(users);
        long budget = ApiFixtures.openBudget(mvc, jdbc, demo);
        long initiative = ApiFixtures.initiativeOf(jdbc, budget);
        long project = ApiFixtures.projects(jdbc, budget).get(0);
        String voter = ApiFixtures.token(tokens, accounts, Demo.VOLUNTEER, "read:mine", "ballot");
        String manager = ApiFixtures.token(tokens, accounts, Demo.PARKS_OFFICER, "manage", "read:public");

        // In this order: the results exist once the budget is closed.
        var calls = new LinkedHashMap<String, MockHttpServletRequestBuilder>();
        calls.put("get /api/v1/initiatives", get("/api/v1/initiatives?size=5"));
        calls.put("get /api/v1/initiatives/{id}", get("/api/v1/initiatives/" + initiative));
        calls.put("get /api/v1/initiatives/{id}/phases", get("/api/v1/initiatives/" + initiative + "/phases"));
        calls.put("get /api/v1/budgets/{id}", get("/api/v1/budgets/" + budget));
        calls.put(
                "post /api/v1/budgets/{id}/ballot",
                post("/api/v1/budgets/" + budget + "/ballot")
                        .header("Authorization", ApiFixtures.bearer(voter))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"choices\": {\"" + project + "\": 1}}"));
        calls.put("get /api/v1/me", get("/api/v1/me").header("Authorization", ApiFixtures.bearer(voter)));
        calls.put(
                "post /api/v1/budgets/{id}/close",
                post("/api/v1/budgets/" + budget + "/close").header("Authorization", ApiFixtures.bearer(manager)));
        calls.put(
                "get /api/v1/budgets/{id}/results",
                get("/api/v1/budgets/" + budget + "/results").header("Authorization", ApiFixtures.bearer(manager)));

        // The tools' public data: the demo's public bicycle routes' initiative, and the school's group initiative
        // for the results of its closed vote, read by a member with read:mine.
        String routes = ApiFixtures.BUDGET_INITIATIVE;
        String parent = ApiFixtures.token(tokens, accounts, Demo.PARENT, "read:mine");
        long schoolVote = ApiFixtures.vote(jdbc, "Scuola inclusiva", "closed");
        calls.put(
                "get /api/v1/proposals/{id}",
                get("/api/v1/proposals/" + ApiFixtures.instance(jdbc, routes, "ideas", 0) + "?size=5"));
        calls.put(
                "get /api/v1/votes/{id}",
                get("/api/v1/votes/" + schoolVote).header("Authorization", ApiFixtures.bearer(parent)));
        calls.put(
                "get /api/v1/votes/{id}/results",
                get("/api/v1/votes/" + schoolVote + "/results").header("Authorization", ApiFixtures.bearer(parent)));
        calls.put(
                "get /api/v1/meetings/{id}",
                get("/api/v1/meetings/" + ApiFixtures.instance(jdbc, routes, "meetings", 0)));
        calls.put(
                "get /api/v1/surveys/{id}/results",
                get("/api/v1/surveys/" + ApiFixtures.publishedSurvey(jdbc) + "/results"));
        calls.put(
                "get /api/v1/indicators/{id}",
                get("/api/v1/indicators/" + ApiFixtures.instance(jdbc, routes, "indicators", 0)));
        calls.put(
                "get /api/v1/tracking/{id}",
                get("/api/v1/tracking/" + ApiFixtures.instance(jdbc, routes, "tracking", 0)));

        var documented = new TreeSet<String>();
        var paths = (Map<String, Map<String, Object>>) spec.get("paths");
        paths.forEach((path, methods) -> {
            if (path.startsWith("/api/v1/")) {
                methods.keySet().forEach(method -> documented.add(method + " " + path));
            }
        });
        assertThat(calls.keySet()).containsExactlyInAnyOrderElementsOf(documented);

        var json = JsonMapper.builder().build();
        var differences = new ArrayList<String>();
        for (var call : calls.entrySet()) {
            String[] parts = call.getKey().split(" ", 2);
            var operation = (Map<String, Object>) paths.get(parts[1]).get(parts[0]);
            var ok = (Map<String, Object>) ((Map<String, Object>) operation.get("responses")).get("200");
            var schema = (Map<String, Object>)
                    ((Map<String, Object>) ((Map<String, Object>) ok.get("content")).get("application/json"))
                            .get("schema");
            var response = mvc.perform(call.getValue()).andReturn().getResponse();
            assertThat(response.getStatus())
                    .as(call.getKey() + ": " + response.getContentAsString())
                    .isEqualTo(200);
            compare(call.getKey(), schema, json.readTree(response.getContentAsString()), differences);
        }
        assertThat(differences).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> resolve(Map<String, Object> schema) {
        if (schema.containsKey("$ref")) {
            String name = ((String) schema.get("$ref")).substring("#/components/schemas/".length());
            var components = (Map<String, Object>) spec.get("components");
            return resolve((Map<String, Object>) ((Map<String, Object>) components.get("schemas")).get(name));
        }
        if (schema.containsKey("allOf")) {
            return resolve(((List<Map<String, Object>>) schema.get("allOf")).get(0));
        }
        return schema;
    }

    @SuppressWarnings("unchecked")
    private void compare(String where, Map<String, Object> schema, JsonNode node, List<String> differences) {
        schema = resolve(schema);
        if (schema.containsKey("properties")) {
            if (!node.isObject()) {
                differences.add(where + ": documented an object, got " + node);
                return;
            }
            var properties = (Map<String, Map<String, Object>>) schema.get("properties");
            var returned = new TreeSet<String>(node.propertyNames());
            if (!returned.equals(new TreeSet<>(properties.keySet()))) {
                differences.add(
                        where + ": documented " + new TreeSet<>(properties.keySet()) + ", returned " + returned);
            }
            properties.forEach((name, property) -> {
                if (node.has(name) && !node.get(name).isNull()) {
                    compare(where + "." + name, property, node.get(name), differences);
                }
            });
        } else if ("array".equals(schema.get("type")) && node.isArray()) {
            var items = (Map<String, Object>) schema.get("items");
            for (JsonNode item : node) {
                compare(where + "[]", items, item, differences);
            }
        }
    }
}
