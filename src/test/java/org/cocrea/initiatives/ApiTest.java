package org.cocrea.initiatives;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.testing.Demo;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

@InitiativesWebTest
class ApiTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Test
    void listsWithTheDocumentedFieldsInLowerCaseEnglish() throws Exception {
        // Other tests of this shared database copy the demo's initiatives, titles included: the demo's is the first.
        long bikes = jdbc.sql("SELECT MIN(id) FROM initiative WHERE title = 'Percorsi ciclabili del quartiere'")
                .query(Long.class)
                .single();
        String item = "$.items[?(@.id == " + bikes + ")]";
        mvc.perform(get("/api/initiatives?level=collective&phase=co-design&q=percorsi&size=100"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(Matchers.greaterThanOrEqualTo(1)))
                .andExpect(jsonPath("$.page").value(0))
                .andExpect(jsonPath(item + ".id").isNotEmpty())
                .andExpect(jsonPath(item + ".title").value("Percorsi ciclabili del quartiere"))
                .andExpect(jsonPath(item + ".summary").isNotEmpty())
                .andExpect(jsonPath(item + ".level").value("collective"))
                // the bicycle routes run through the four phases, co-commissioning first (issue 14)
                .andExpect(jsonPath(
                        item + ".phases[*].phase",
                        Matchers.contains("co-commissioning", "co-design", "co-delivery", "co-assessment")))
                .andExpect(jsonPath(
                        item + ".phases[0].start", Matchers.contains(Matchers.matchesPattern("\\d{4}-\\d{2}-\\d{2}"))))
                .andExpect(jsonPath(item + ".phases[0].end").isNotEmpty())
                .andExpect(jsonPath(item + ".activePhase").value("co-commissioning"))
                .andExpect(jsonPath(item + ".citizenRoles[*]", Matchers.contains("co-designer", "co-implementer")))
                .andExpect(jsonPath(item + ".objectives[*]", Matchers.contains("effectiveness", "efficiency")))
                .andExpect(jsonPath(item + ".domain").value("environment-and-parks"))
                .andExpect(jsonPath(item + ".organisation").value("Comune di Esempio"))
                .andExpect(jsonPath(item + ".status").value("open"));
    }

    @Test
    void filtersPaginateAndUnknownValuesAreA400() throws Exception {
        // the demo has three collective initiatives (the bike routes, the gardens, the park): two, then the rest
        mvc.perform(get("/api/initiatives?level=collective&size=2&page=0"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.size").value(2))
                .andExpect(jsonPath("$.items.length()").value(2));
        mvc.perform(get("/api/initiatives?level=collective&size=2&page=1"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.page").value(1))
                .andExpect(jsonPath("$.items.length()").value(Matchers.greaterThanOrEqualTo(1)));
        mvc.perform(get("/api/initiatives?objective=efficiency&role=co-implementer&domain=environment-and-parks"))
                .andExpect(jsonPath("$.items[*].level", Matchers.everyItem(Matchers.is("collective"))));
        mvc.perform(get("/api/initiatives?level=cosmic")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/initiatives?organisation=abc")).andExpect(status().isBadRequest());
        mvc.perform(get("/api/typology?objective=world-peace")).andExpect(status().isBadRequest());
        mvc.perform(get("/initiatives?phase=co-cooking")).andExpect(status().isBadRequest());
    }

    @Test
    void privateInitiativesAreNotFoundForStrangersAndFoundForMembers() throws Exception {
        String id = mvc.perform(get("/api/initiatives?level=individual&size=1").with(new Demo(users).as(Demo.PARENT)))
                .andReturn()
                .getResponse()
                .getContentAsString()
                .replaceAll("(?s).*?\"id\":(\\d+).*", "$1");
        mvc.perform(get("/api/initiatives/" + id)).andExpect(status().isNotFound());
        mvc.perform(get("/api/initiatives/" + id).with(new Demo(users).as(Demo.VOLUNTEER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/api/initiatives/" + id).with(new Demo(users).as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.level").value("individual"));
    }

    @Test
    void typologyFiltersAndTheOpenApiDescription() throws Exception {
        mvc.perform(get("/api/typology?domain=education"))
                .andExpect(jsonPath("$.cells.length()").value(12))
                .andExpect(jsonPath("$.cells[?(@.level == 'group' && @.count > 0)].phase", Matchers.hasSize(4)))
                .andExpect(jsonPath("$.cells[?(@.level == 'collective')].count", Matchers.everyItem(Matchers.is(0))));
        mvc.perform(get("/openapi.yaml"))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("/api/typology")));
    }
}
