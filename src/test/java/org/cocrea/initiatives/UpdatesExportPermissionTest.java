package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The updates JSON export for the seven kinds of person (as in {@link PermissionMatrixTest}) on the demo
 * initiative of each level: readable exactly by those who may read the initiative, "not found" for everyone
 * else, and never a sign-in redirect (the route is public so that open data needs no account).
 */
@InitiativesWebTest
class UpdatesExportPermissionTest {
    /** The routes this class covers, as "METHOD pattern" of their mappings. */
    static final Set<String> ROUTES = Set.of("GET /updates/{id:\\d+}/export.json");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    @BeforeEach
    void people() {
        People.ensure(jdbc);
    }

    private List<String> check(String title, Map<Who, String> roles, Set<Who> readers) throws Exception {
        long initiative = jdbc.sql("SELECT id FROM initiative WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
        long tool = jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE initiative_id = :i AND tool_id = 'updates'")
                .param("i", initiative)
                .query(Long.class)
                .single();
        var emails = new LinkedHashMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, People.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, People.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        for (Who who : Who.values()) {
            var request = get("/updates/" + tool + "/export.json");
            if (who != Who.ANONYMOUS) {
                request = request.with(demo.as(emails.get(who)));
            }
            var response = mvc.perform(request).andReturn().getResponse();
            int expected = readers.contains(who) ? 200 : 404;
            if (response.getStatus() != expected) {
                failures.add(who + ": expected " + expected + " but was " + response.getStatus());
            } else if (expected == 200 && !response.getContentAsString().contains("\"initiativeId\":" + initiative)) {
                failures.add(who + ": the export does not name its initiative");
            } else if (expected == 404 && response.getContentAsString().contains(title)) {
                failures.add(who + ": the refusal names the initiative");
            }
        }
        return failures;
    }

    @Test
    void individualInitiative() throws Exception {
        assertThat(check(
                        "Piano personale di salute",
                        Map.of(
                                Who.CITIZEN, Demo.CITIZEN,
                                Who.MEMBER, Demo.PARENT,
                                Who.FACILITATOR, Demo.SOCIAL_WORKER),
                        Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR)))
                .isEmpty();
    }

    @Test
    void groupInitiative() throws Exception {
        assertThat(check(
                        "Scuola inclusiva",
                        Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                        Set.of(Who.MEMBER, Who.FACILITATOR)))
                .isEmpty();
    }

    @Test
    void collectiveInitiative() throws Exception {
        assertThat(check(
                        "Percorsi ciclabili del quartiere",
                        Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                        Set.of(Who.values())))
                .isEmpty();
    }

    @Test
    void anotherToolsInstanceOrNoInstanceIsNotFound() throws Exception {
        long vote = jdbc.sql("SELECT MIN(id) FROM tool_instance WHERE tool_id <> 'updates'")
                .query(Long.class)
                .single();
        assertThat(mvc.perform(get("/updates/" + vote + "/export.json"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        assertThat(mvc.perform(get("/updates/999999999/export.json"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
        var demo = new Demo(users);
        assertThat(mvc.perform(get("/updates/999999999/export.json").with(demo.as(Demo.ADMIN)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void routesAreMappingsOfTheApplication() {
        var mapped = new java.util.HashSet<String>();
        mappings.getHandlerMethods()
                .keySet()
                .forEach(info -> info.getMethodsCondition()
                        .getMethods()
                        .forEach(m -> info.getPatternValues().forEach(p -> mapped.add(m + " " + p))));
        assertThat(mapped).containsAll(ROUTES);
    }
}
