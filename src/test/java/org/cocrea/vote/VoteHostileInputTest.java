package org.cocrea.vote;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every field of the set-up and ballot forms with hostile values, missing, duplicated, and bodies that are not
 * forms: never a server error or a stack trace, never unescaped markup; a ballot that breaks a rule stores
 * nothing. Stored hostile text is then shown escaped on every page of the vote.
 */
@WebTest
class VoteHostileInputTest {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String HANDLER = "\"><img src=x onerror=alert(1)>";
    static final List<String> HOSTILE = List.of(
            SCRIPT,
            HANDLER,
            "'; DROP TABLE vote_ballot; --",
            "x".repeat(1_000_000),
            "-1",
            "-9223372036854775809",
            "99999999999999999999999999",
            "0",
            "",
            "\u0000",
            "日本語 ñ € 🙂",
            "2030-13-45T99:99",
            "../../etc/passwd");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private MockHttpServletRequestBuilder as(String path, String who) {
        return post(path).with(csrf()).with(new Demo(users).as(who));
    }

    private static void assertSafe(MockHttpServletResponse response, String what) throws Exception {
        assertThat(response.getStatus()).as(what).isLessThan(500);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).as(what).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(body).as(what).doesNotContain(SCRIPT).doesNotContain("<img src=x onerror");
    }

    /** Sends the form once per field and hostile value, with the other fields valid; then missing and doubled. */
    private void attack(String path, String who, Map<String, String> valid) throws Exception {
        for (String field : valid.keySet()) {
            for (String value : HOSTILE) {
                var request = as(path, who);
                valid.forEach((name, v) -> request.param(name, name.equals(field) ? value : v));
                assertSafe(mvc.perform(request).andReturn().getResponse(), path + " " + field);
            }
            var missing = as(path, who);
            valid.forEach((name, v) -> {
                if (!name.equals(field)) {
                    missing.param(name, v);
                }
            });
            assertSafe(mvc.perform(missing).andReturn().getResponse(), path + " without " + field);
            var doubled = as(path, who);
            valid.forEach((name, v) -> doubled.param(name, v, name.equals(field) ? SCRIPT : v));
            assertSafe(mvc.perform(doubled).andReturn().getResponse(), path + " doubled " + field);
        }
        byte[] invalidUtf8 = {'q', '=', (byte) 0xC3, (byte) 0x28, '&', 'x', '=', (byte) 0xFF};
        assertSafe(
                mvc.perform(as(path, who)
                                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                                .content(invalidUtf8))
                        .andReturn()
                        .getResponse(),
                path + " invalid UTF-8");
        assertSafe(
                mvc.perform(as(path, who)
                                .contentType(MediaType.APPLICATION_JSON)
                                .content("{\"question\":\"x\"}"))
                        .andReturn()
                        .getResponse(),
                path + " JSON");
    }

    private long ballots(long instance) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM vote_ballot b JOIN vote v ON v.id = b.vote_id WHERE v.tool_instance_id = :i
                """).param("i", instance).query(Long.class).single();
    }

    private List<Long> options(long instance) {
        return jdbc.sql("""
                SELECT o.id FROM vote_option o JOIN vote v ON v.id = o.vote_id
                WHERE v.tool_instance_id = :i ORDER BY o.position
                """).param("i", instance).query(Long.class).list();
    }

    @Test
    void setUpFormsWithHostileValues() throws Exception {
        long id = TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
        var settings = new LinkedHashMap<String, String>();
        settings.put("question", "Cosa prima?");
        settings.put("ballotKind", "dots");
        settings.put("maxApprovals", "2");
        settings.put("points", "10");
        settings.put("pointCap", "5");
        settings.put("eligibility", "members");
        settings.put("named", "true");
        settings.put("hideResults", "true");
        settings.put("opensAt", "2030-01-01T10:00");
        settings.put("closesAt", "2030-02-01T10:00");
        attack("/vote/" + id + "/settings", Demo.PARKS_OFFICER, settings);
        attack("/vote/" + id + "/options", Demo.PARKS_OFFICER, Map.of("title", "Alberi", "description", "Più ombra"));
        assertSafe(
                mvc.perform(as("/vote/" + id + "/options/" + "9".repeat(30) + "/remove", Demo.PARKS_OFFICER))
                        .andReturn()
                        .getResponse(),
                "remove a huge id");
        // Whatever was stored is shown escaped on the facilitator's and the voters' pages.
        var reader = new Demo(users).as(Demo.PARKS_OFFICER);
        for (String page : List.of("/vote/" + id, "/vote/" + id + "/manage")) {
            assertSafe(mvc.perform(get(page).with(reader)).andReturn().getResponse(), page);
        }
    }

    @Test
    void ballotsWithHostileValuesStoreNothing() throws Exception {
        for (String kind : List.of("approval", "ranked", "score", "dots")) {
            long id = TestVotes.newInstance(jdbc, TestVotes.COLLECTIVE);
            var officer = Demo.PARKS_OFFICER;
            mvc.perform(as("/vote/" + id + "/settings", officer)
                            .param("question", SCRIPT)
                            .param("ballotKind", kind)
                            .param("maxApprovals", "1")
                            .param("points", "3")
                            .param("eligibility", "members"))
                    .andExpect(status().isFound());
            for (String title : List.of(SCRIPT, HANDLER, "=HYPERLINK(\"http://x\")")) {
                mvc.perform(as("/vote/" + id + "/options", officer)
                                .param("title", title)
                                .param("description", HANDLER))
                        .andExpect(status().isFound());
            }
            mvc.perform(as("/vote/" + id + "/open", officer)).andExpect(status().isFound());
            var o = options(id);
            for (String value : HOSTILE) {
                var request = as("/vote/" + id + "/ballot", Demo.CITIZEN);
                if (kind.equals("approval")) {
                    request.param("options", value);
                } else {
                    request.param("mark-" + o.get(0), value);
                }
                var response = mvc.perform(request).andReturn().getResponse();
                assertSafe(response, kind + " " + value.length());
                if (!value.equals("0")) {
                    assertThat(response.getStatus()).as(kind + " " + value).isEqualTo(422);
                }
            }
            for (String name : List.of("mark-" + SCRIPT, "mark-", "mark--1", "mark-" + "9".repeat(40))) {
                assertSafe(
                        mvc.perform(as("/vote/" + id + "/ballot", Demo.CITIZEN).param(name, "1"))
                                .andReturn()
                                .getResponse(),
                        kind + " " + name);
            }
            // "0" is a valid score for one option, but a score ballot must score both, so nothing is stored.
            assertThat(ballots(id)).as(kind).isZero();
            // A real ballot, then every page shows the hostile titles escaped; the CSV defuses formulas.
            var valid = as("/vote/" + id + "/ballot", Demo.CITIZEN);
            switch (kind) {
                case "approval" -> valid.param("options", String.valueOf(o.get(0)));
                case "score" -> o.forEach(option -> valid.param("mark-" + option, "4"));
                default -> valid.param("mark-" + o.get(0), "1");
            }
            mvc.perform(valid).andExpect(status().isFound());
            var citizen = new Demo(users).as(Demo.CITIZEN);
            for (String page : List.of("/vote/" + id, "/vote/" + id + "/results")) {
                assertSafe(mvc.perform(get(page).with(citizen)).andReturn().getResponse(), page);
            }
            String csv = mvc.perform(get("/vote/" + id + "/ballots.csv"))
                    .andReturn()
                    .getResponse()
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(csv).contains("\"'=HYPERLINK(\"\"http://x\"\")\"").doesNotContain(",\"=");
        }
    }
}
