package org.cocrea.prioritisation;

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
 * Issue 12, the same class of bug as the budget's settings 500: the vote's settings form posted without a required
 * field (or with no field at all) must name each missing field on the form shown again (422), keep the other
 * fields as typed, and store nothing.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class VoteSettingsMissingFieldsTest {
    static final Map<String, String> VALID = Map.of(
            "question", "Quale prima?",
            "ballotKind", "approval",
            "eligibility", "registered");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /** A vote tool with no vote yet: the first save creates it. */
    long fresh;

    /** A draft vote already saved with other settings: a refused save must leave them as they were. */
    long saved;

    @BeforeAll
    void setUp() throws Exception {
        fresh = TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
        saved = TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
        var response = postSettings(
                saved, Map.of("question", "Cosa prima?", "ballotKind", "ranked", "eligibility", "members"));
        assertThat(response.getStatus()).isEqualTo(302);
    }

    Stream<String> required() {
        return VALID.keySet().stream().sorted();
    }

    private MockHttpServletResponse postSettings(long instance, Map<String, String> fields) throws Exception {
        var request = post("/vote/" + instance + "/settings").with(csrf()).with(new Demo(users).as(Demo.PARKS_OFFICER));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private List<String> stored(long instance) {
        return jdbc.sql("SELECT CONCAT(question, '/', ballot_kind, '/', eligibility) FROM vote "
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
                if (kept.getKey().equals("question")) {
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
        assertThat(stored(saved)).containsExactly("Cosa prima?/ranked/members");
    }
}
