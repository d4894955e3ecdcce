package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The list page and the API read the same search: words in any order without accents, sorted by recent
 * activity, filtered by organisation and status. Each test works on initiatives titled with its own marker.
 */
@InitiativesWebTest
class ListSearchWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    InitiativeRepository repository;

    long demoOrg;
    long otherOrg;

    @BeforeEach
    void setUp() {
        People.ensure(jdbc);
        demoOrg = jdbc.sql("SELECT id FROM organisation WHERE name = 'Comune di Esempio'")
                .query(Long.class)
                .single();
        otherOrg = jdbc.sql("SELECT id FROM organisation WHERE name = 'Altro Comune'")
                .query(Long.class)
                .single();
    }

    private long insert(String title, long org, Status status, int daysAgo) {
        long id = repository.insert(
                new InitiativeRepository.Details(
                        title,
                        "Un’iniziativa per la città",
                        "",
                        org,
                        null,
                        ServiceDomain.OTHER,
                        Level.COLLECTIVE,
                        EnumSet.of(CitizenRole.CO_DESIGNER),
                        EnumSet.of(Objective.EFFECTIVENESS),
                        null,
                        null),
                status,
                null);
        jdbc.sql("UPDATE initiative SET last_activity_at = :at WHERE id = :id")
                .param("at", OffsetDateTime.now(ZoneOffset.UTC).minusDays(daysAgo))
                .param("id", id)
                .update();
        return id;
    }

    private List<Long> api(String query) throws Exception {
        String json = mvc.perform(withParams(get("/api/initiatives").param("size", "100"), query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        List<Number> ids = JsonPath.read(json, "$.items[*].id");
        return ids.stream().map(Number::longValue).toList();
    }

    private List<Long> page(String query) throws Exception {
        String html = mvc.perform(withParams(get("/initiatives"), query))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return Jsoup.parse(html).select("ul.initiative-list h3 a").stream()
                .map(a -> Long.valueOf(a.attr("href").replaceAll("\\D+", "")))
                .toList();
    }

    /** Parameters as a form would send them ({@code +} for a space), set one by one so MockMvc keeps them as typed. */
    private static MockHttpServletRequestBuilder withParams(MockHttpServletRequestBuilder request, String query) {
        for (String pair : query.split("&")) {
            String[] kv = pair.split("=", 2);
            request = request.param(kv[0], kv[1].replace('+', ' '));
        }
        return request;
    }

    private void both(String query, Long... expected) throws Exception {
        assertThat(api(query)).as("/api/initiatives?" + query).containsExactly(expected);
        assertThat(page(query)).as("/initiatives?" + query).containsExactly(expected);
    }

    @Test
    void wordsInAnyOrderWithoutAccentsNewestActivityFirst() throws Exception {
        long old = insert("Zattera sul fiume Perù", demoOrg, Status.OPEN, 30);
        long recent = insert("Zattera perù sul lago", demoOrg, Status.OPEN, 1);
        long middle = insert("Fiume e zattera, Perù", demoOrg, Status.OPEN, 10);

        both("q=peru+zattera", recent, middle, old);
        both("q=ZATTERA+FIUME+peru", middle, old);
        both("q=zattera+citta+lago", recent);
        both("q=zattera+marte");
    }

    @Test
    void organisationAndStatusFilters() throws Exception {
        long mineOpen = insert("Quokka aperta", demoOrg, Status.OPEN, 3);
        long mineClosed = insert("Quokka chiusa", demoOrg, Status.CLOSED, 2);
        long theirsOpen = insert("Quokka altrove", otherOrg, Status.OPEN, 1);
        insert("Quokka in bozza", demoOrg, Status.DRAFT, 0);

        both("q=quokka", theirsOpen, mineClosed, mineOpen);
        both("q=quokka&organisation=" + demoOrg, mineClosed, mineOpen);
        both("q=quokka&organisation=" + otherOrg, theirsOpen);
        both("q=quokka&status=open", theirsOpen, mineOpen);
        both("q=quokka&status=closed&organisation=" + demoOrg, mineClosed);
        both("q=quokka&status=closed&organisation=" + otherOrg);
        // drafts stay with their members even when asked for by status
        both("q=quokka&status=draft");
    }
}
