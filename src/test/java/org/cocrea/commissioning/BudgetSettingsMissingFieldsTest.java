package org.cocrea.commissioning;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 12: the settings form of a draft budget posted without a required field (or with no field at all) used to
 * throw a NullPointerException while drawing the ballot-type and rule choices again, and answered 500. Each missing
 * field must now be named on the form shown again (422), the other fields kept as typed, and nothing stored.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BudgetSettingsMissingFieldsTest {
    static final Map<String, String> VALID = Map.of(
            "amount", "1234",
            "currency", "EUR",
            "ballotType", "approval",
            "rule", "greedy");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** A budget tool with no budget yet: the first save creates it. */
    long fresh;

    /** A draft budget already saved with other settings: a refused save must leave them as they were. */
    long saved;

    @BeforeAll
    void setUp() throws Exception {
        fresh = TestBudgets.newInstance(jdbc);
        saved = TestBudgets.newInstance(jdbc);
        var response = mvc.perform(post("/budget/" + saved + "/settings")
                        .with(csrf())
                        .with(new Demo(users).as(Demo.PARKS_OFFICER))
                        .param("amount", "500")
                        .param("currency", "EUR")
                        .param("ballotType", "knapsack")
                        .param("rule", "mes"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
    }

    Stream<String> required() {
        return VALID.keySet().stream().sorted();
    }

    private MockHttpServletResponse postSettings(long instance, Map<String, String> fields) throws Exception {
        var request =
                post("/budget/" + instance + "/settings").with(csrf()).with(new Demo(users).as(Demo.PARKS_OFFICER));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<String> stored(long instance) {
        return jdbc.sql("SELECT CONCAT(amount_cents, '/', currency, '/', ballot_type, '/', rule) FROM budget "
                        + "WHERE tool_instance_id = :i")
                .param("i", instance)
                .query(String.class)
                .list();
    }

    private static String refused(MockHttpServletResponse response) throws Exception {
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(422);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        return body;
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("required")
    void eachMissingFieldIsNamedAndNothingIsStored(String missing) throws Exception {
        var fields = new LinkedHashMap<>(VALID);
        fields.remove(missing);
        for (long instance : List.of(fresh, saved)) {
            var before = stored(instance);
            String body = refused(postSettings(instance, fields));
            assertThat(body).as("error shown on the missing field").contains("id=\"" + missing + "-error\"");
            for (var kept : fields.entrySet()) {
                if (kept.getKey().equals("amount") || kept.getKey().equals("currency")) {
                    assertThat(body).contains("value=\"" + kept.getValue() + "\"");
                } else {
                    assertThat(body).containsPattern("value=\"" + kept.getValue() + "\"\\s+checked");
                }
            }
            assertThat(stored(instance)).isEqualTo(before);
        }
        assertThat(stored(fresh)).isEmpty();
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldAndStoresNothing() throws Exception {
        for (long instance : List.of(fresh, saved)) {
            var before = stored(instance);
            String body = refused(postSettings(instance, Map.of()));
            for (String field : VALID.keySet()) {
                assertThat(body).contains("id=\"" + field + "-error\"");
            }
            assertThat(stored(instance)).isEqualTo(before);
        }
        assertThat(stored(fresh)).isEmpty();
        assertThat(stored(saved)).containsExactly("50000/EUR/knapsack/mes");
    }
}
