package org.cocrea.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
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
 * Issue 12: a tool's settings form posted with a required field left out, or with no field at all, comes back with
 * 422, names each missing field, keeps what was typed in the others, and stores nothing; never a 500. Checked on a
 * tool with no settings yet (the first save creates them) and on one already saved (a refused save changes nothing).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class MissingSettingsFields {
    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    long fresh;
    long saved;

    /** A new tool instance of the kind under test, in a copy of a demo initiative the parks officer manages. */
    protected abstract long newInstance();

    /** The settings route of an instance. */
    protected abstract String path(long instance);

    /** A valid value for each required field. */
    protected abstract Map<String, String> required();

    /** The required fields drawn as text inputs; the others are radio choices. */
    protected abstract Set<String> typed();

    /** Valid settings saved first on the second instance, and how {@link #stored} reads them back. */
    protected abstract Map<String, String> savedSettings();

    protected abstract String savedRow();

    /** What the database holds for the instance's settings, one row. */
    protected abstract List<String> stored(long instance);

    @BeforeAll
    void createInstances() throws Exception {
        fresh = newInstance();
        saved = newInstance();
        assertThat(postSettings(saved, savedSettings()).getStatus()).isEqualTo(302);
        assertThat(stored(saved)).containsExactly(savedRow());
    }

    Stream<String> requiredFields() {
        return required().keySet().stream().sorted();
    }

    @ParameterizedTest(name = "without {0}")
    @MethodSource("requiredFields")
    void eachMissingFieldIsNamedAndNothingIsStored(String missing) throws Exception {
        var sent = new LinkedHashMap<>(required());
        sent.remove(missing);
        for (long instance : List.of(fresh, saved)) {
            assertRefused(instance, sent, List.of(missing));
        }
        assertThat(stored(fresh)).isEmpty();
        assertThat(stored(saved)).containsExactly(savedRow());
    }

    @Test
    void anEmptyFormNamesEveryRequiredFieldAndStoresNothing() throws Exception {
        for (long instance : List.of(fresh, saved)) {
            assertRefused(instance, Map.of(), required().keySet());
        }
        assertThat(stored(fresh)).isEmpty();
        assertThat(stored(saved)).containsExactly(savedRow());
    }

    private MockHttpServletResponse postSettings(long instance, Map<String, String> fields) throws Exception {
        var request = post(path(instance)).with(csrf()).with(new Demo(users).as(Demo.PARKS_OFFICER));
        fields.forEach(request::param);
        return mvc.perform(request).andReturn().getResponse();
    }

    private void assertRefused(long instance, Map<String, String> sent, Collection<String> missing) throws Exception {
        var before = stored(instance);
        var response = postSettings(instance, sent);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(response.getStatus()).as(body).isEqualTo(422);
        assertThat(body).doesNotContain("Exception").doesNotContain("\tat ");
        for (String field : missing) {
            assertThat(body).as("error shown on the missing field").contains("id=\"" + field + "-error\"");
        }
        for (var kept : sent.entrySet()) {
            if (typed().contains(kept.getKey())) {
                assertThat(body).contains("value=\"" + kept.getValue() + "\"");
            } else {
                assertThat(body).containsPattern("value=\"" + kept.getValue() + "\"\\s+checked");
            }
        }
        assertThat(stored(instance)).as("nothing stored").isEqualTo(before);
    }
}
