package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipInputStream;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19: "download my data" gathers every module's data about the person asking, and nothing of anyone else, in
 * the background; the person is told, downloads it for a week, and then it is deleted.
 */
@org.cocrea.testing.WebTest
class MyDataWebTest {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    MyData myData;

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private Map<String, String> unzip(byte[] zip) throws Exception {
        var files = new LinkedHashMap<String, String>();
        try (var in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (var entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                files.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }

    /** The number of entries of one section of a module's file. */
    private static int entries(Map<String, String> files, String module, String section) {
        JsonNode node = JSON.readTree(files.get(module + ".json")).get(section);
        return node == null ? -1 : node.size();
    }

    @Test
    void theArchiveHoldsThePersonsDataFromEveryModuleAndNothingOfAnyoneElse() throws Exception {
        var demo = new Demo(users);
        String person = Demo.CITIZEN;
        long personId = id(person);
        jdbc.sql("DELETE FROM personal_data_export WHERE person_id = :p")
                .param("p", personId)
                .update();

        var page = mvc.perform(get("/profile/data").with(demo.as(person)))
                .andReturn()
                .getResponse();
        assertThat(page.getStatus()).isEqualTo(200);
        assertThat(page.getContentAsString())
                .contains("action=\"/profile/data\"")
                .doesNotContain("id=\"download\"");

        var asked = mvc.perform(post("/profile/data").with(csrf()).with(demo.as(person)))
                .andReturn()
                .getResponse();
        assertThat(asked.getRedirectedUrl()).isEqualTo("/profile/data");
        assertThat(mvc.perform(get("/profile/data/archive.zip").with(demo.as(person)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("not ready yet")
                .isEqualTo(404);

        prepareAll();

        var ready = mvc.perform(get("/profile/data").with(demo.as(person)))
                .andReturn()
                .getResponse();
        assertThat(ready.getContentAsString()).contains("id=\"download\"").contains("/profile/data/archive.zip");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE person_id = :p AND kind = 'my-data'")
                        .param("p", personId)
                        .query(Long.class)
                        .single())
                .as("told by a notification")
                .isPositive();

        var download = mvc.perform(get("/profile/data/archive.zip").with(demo.as(person)))
                .andReturn()
                .getResponse();
        assertThat(download.getStatus()).isEqualTo(200);
        assertThat(download.getContentType()).isEqualTo("application/zip");
        assertThat(download.getHeader("Cache-Control")).contains("no-store");
        var files = unzip(download.getContentAsByteArray());

        assertThat(files).containsKey("index.html");
        for (String module : myData.modules()) {
            assertThat(files).as(module).containsKey(module + ".json");
            assertThat(files.get("index.html")).contains(module + ".json");
        }
        assertThat(myData.modules())
                .contains(
                        "accounts",
                        "initiatives",
                        "ideas",
                        "comments",
                        "budget",
                        "vote",
                        "notifications",
                        "meetings",
                        "shifts",
                        "pacts",
                        "ledger",
                        "survey",
                        "rating",
                        "plans");
        assertThat(files.get("accounts.json")).contains(person);
        assertThat(files.get("index.html")).contains("<html lang=\"it\">").contains("I tuoi dati in Cocrea");
        // The demo citizen's own data, module by module.
        assertThat(entries(files, "initiatives", "memberships")).isPositive();
        assertThat(entries(files, "plans", "plansAboutMe"))
                .as("the plan about them")
                .isPositive();
        assertThat(entries(files, "plans", "signatures")).isPositive();
        assertThat(entries(files, "notifications", "settings")).isGreaterThanOrEqualTo(0);
        for (var section : Map.of(
                        "ideas", "ideas",
                        "comments", "comments",
                        "budget", "ballots",
                        "vote", "ballots",
                        "meetings", "registrations",
                        "shifts", "signups",
                        "ledger", "entries",
                        "rating", "ratings",
                        "survey", "namedResponses")
                .entrySet()) {
            assertThat(entries(files, section.getKey(), section.getValue()))
                    .as(section.getKey())
                    .isGreaterThanOrEqualTo(0);
        }

        // Nothing of anyone else: no other demo person's address, and every row that names a person names them.
        for (String other : Demo.EVERYONE) {
            if (other != null && !other.equals(person)) {
                for (var file : files.entrySet()) {
                    assertThat(file.getValue())
                            .as(file.getKey() + " names " + other)
                            .doesNotContain(other);
                }
            }
        }
        for (var file : files.entrySet()) {
            if (file.getKey().endsWith(".json")) {
                for (JsonNode section : JSON.readTree(file.getValue())) {
                    for (JsonNode row : section) {
                        for (String column : new String[] {"person_id", "author_id", "voter_id", "signer_id"}) {
                            if (row.has(column) && !column.equals("person_id") || row.has("person_id")) {
                                JsonNode value = row.get(row.has("person_id") ? "person_id" : column);
                                if (value != null
                                        && !value.isNull()
                                        && !file.getKey().equals("plans.json")) {
                                    assertThat(value.asLong())
                                            .as(file.getKey() + " " + row)
                                            .isEqualTo(personId);
                                }
                            }
                        }
                    }
                }
            }
        }

        // Only the person downloads it.
        for (String other : new String[] {Demo.PARENT, Demo.ADMIN}) {
            var theirs = mvc.perform(get("/profile/data/archive.zip").with(demo.as(other)))
                    .andReturn()
                    .getResponse();
            assertThat(theirs.getContentAsByteArray()).isNotEqualTo(download.getContentAsByteArray());
        }
        assertThat(mvc.perform(get("/profile/data/archive.zip"))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(302);
    }

    /** Other tests of the shared context may have asked for archives too: a round makes a few, so run rounds. */
    private void prepareAll() {
        for (int round = 0; round < 50 && myData.prepareWaiting() > 0; round++) {
            // until nothing waits
        }
    }

    @Test
    void aWeekLaterTheArchiveIsDeleted() throws Exception {
        var demo = new Demo(users);
        String person = Demo.VOLUNTEER;
        long personId = id(person);
        jdbc.sql("DELETE FROM personal_data_export WHERE person_id = :p")
                .param("p", personId)
                .update();
        mvc.perform(post("/profile/data").with(csrf()).with(demo.as(person)));
        prepareAll();
        assertThat(mvc.perform(get("/profile/data/archive.zip").with(demo.as(person)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .isEqualTo(200);

        jdbc.sql("UPDATE personal_data_export SET expires_at = ready_at - INTERVAL '1' SECOND WHERE person_id = :p")
                .param("p", personId)
                .update();
        assertThat(mvc.perform(get("/profile/data/archive.zip").with(demo.as(person)))
                        .andReturn()
                        .getResponse()
                        .getStatus())
                .as("past its week, not served even before the clean-up")
                .isEqualTo(404);
        assertThat(myData.deleteExpired()).isPositive();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM personal_data_export WHERE person_id = :p")
                        .param("p", personId)
                        .query(Long.class)
                        .single())
                .isZero();
        assertThat(mvc.perform(get("/profile/data").with(demo.as(person)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .contains("action=\"/profile/data\"")
                .doesNotContain("id=\"download\"");
    }
}
