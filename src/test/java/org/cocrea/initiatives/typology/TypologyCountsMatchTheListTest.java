package org.cocrea.initiatives.typology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.testing.Demo;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Issue 14: a count on /typology never leads to "No initiatives found". For every demo person (and a visitor who
 * is not signed in) and every one of the twelve cells, the number shown is the number of rows the list behind the
 * cell shows them, over all its pages; an empty cell links nowhere; private initiatives the viewer may not open are
 * only counted apart, never listed.
 */
@InitiativesWebTest
class TypologyCountsMatchTheListTest {
    static final List<String> PEOPLE = Arrays.asList(
            null,
            Demo.ADMIN,
            Demo.SOCIAL_WORKER,
            Demo.TEACHER,
            Demo.PARKS_OFFICER,
            Demo.CITIZEN,
            Demo.PARENT,
            Demo.VOLUNTEER);

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    private Document page(String path, String who) throws Exception {
        MockHttpServletRequestBuilder request = get(path);
        if (who != null) {
            request.with(new Demo(users).as(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path + " as " + who).isEqualTo(200);
        return Jsoup.parse(response.getContentAsString());
    }

    /** The ids of the initiatives the list shows, following its pages. */
    private List<String> listed(String path, String who) throws Exception {
        var ids = new ArrayList<String>();
        String next = path;
        while (next != null) {
            var doc = page(next, who);
            doc.select("ul.initiative-list > li.card h3 a").forEach(a -> ids.add(a.attr("href")));
            var more = doc.selectFirst("a[rel=next]");
            next = more == null ? null : more.attr("href");
        }
        return ids;
    }

    @Test
    void everyCountIsTheNumberOfRowsTheListShowsThatPerson() throws Exception {
        long linked = 0;
        for (String who : PEOPLE) {
            var typology = page("/typology", who);
            for (Level level : Level.values()) {
                for (Phase phase : Phase.values()) {
                    var cell = typology.getElementById("cell-" + level.code() + "-" + phase.code());
                    assertThat(cell).as(level + "/" + phase).isNotNull();
                    var count = cell.selectFirst(".cell-count");
                    long shown = Long.parseLong(count.text().trim());
                    String what = level.code() + "/" + phase.code() + " as " + who;
                    if (shown == 0) {
                        assertThat(count.tagName())
                                .as("an empty cell links nowhere: " + what)
                                .isEqualTo("span");
                        continue;
                    }
                    linked++;
                    var rows = listed(count.attr("href"), who);
                    assertThat(rows)
                            .as("the list behind " + what)
                            .hasSize((int) shown)
                            .doesNotHaveDuplicates();
                }
            }
        }
        assertThat(linked).as("cells with something to open, over all people").isPositive();
    }

    @Test
    void aVisitorSeesPrivateInitiativesOnlyAsANumberAndTheirListsExplainWhy() throws Exception {
        var typology = page("/typology", null);
        long privateOnes = typology.select(".cell-private").stream()
                .mapToLong(e -> Long.parseLong(e.attr("data-count")))
                .sum();
        assertThat(privateOnes)
                .as("the demo has individual and group initiatives")
                .isPositive();
        for (Phase phase : Phase.values()) {
            var cell = typology.getElementById("cell-individual-" + phase.code());
            assertThat(cell.selectFirst(".cell-count").text()).isEqualTo("0");
            assertThat(cell.select("a")).as("no link to a visitor's empty list").isEmpty();
        }
        var list = page("/initiatives?level=individual&phase=co-design", null);
        assertThat(list.select("ul.initiative-list li")).isEmpty();
        assertThat(list.text())
                .contains("Le iniziative individuali sono riservate")
                .doesNotContain("Nessuna iniziativa corrisponde");
    }
}
