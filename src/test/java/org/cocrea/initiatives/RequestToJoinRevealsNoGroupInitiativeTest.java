package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, tightening (c): {@code POST /initiatives/{id}/request} answered a redirect for any group initiative and
 * "not found" for every other id, so an outsider could list which ids are group initiatives by trying them. Group
 * initiatives are listed to their members only, so someone who may not see one now gets exactly the answer of an
 * unknown id, and no request is stored.
 */
@InitiativesWebTest
class RequestToJoinRevealsNoGroupInitiativeTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @BeforeEach
    void people() {
        People.ensure(jdbc);
    }

    private MockHttpServletResponse request(long id, String who) throws Exception {
        return mvc.perform(post("/initiatives/" + id + "/request").with(csrf()).with(new Demo(users).as(who)))
                .andReturn()
                .getResponse();
    }

    @Test
    void tighteningC_anOutsiderGetsTheSameAnswerForAGroupInitiativeAsForAnUnknownId() throws Exception {
        long group = jdbc.sql("SELECT id FROM initiative WHERE title = 'Scuola inclusiva'")
                .query(Long.class)
                .single();
        long unknown = jdbc.sql("SELECT MAX(id) + 1000 FROM initiative")
                .query(Long.class)
                .single();
        for (String outsider : new String[] {People.OTHER_CITIZEN, People.OTHER_PRO}) {
            var forGroup = request(group, outsider);
            var forUnknown = request(unknown, outsider);
            assertThat(forGroup.getStatus())
                    .as("status for a group initiative the outsider cannot see")
                    .isEqualTo(forUnknown.getStatus())
                    .isEqualTo(404);
            assertThat(forGroup.getRedirectedUrl()).isEqualTo(forUnknown.getRedirectedUrl());
            assertThat(forGroup.getContentAsString()).isEqualTo(forUnknown.getContentAsString());
            assertThat(forGroup.getHeaderNames()).containsExactlyInAnyOrderElementsOf(forUnknown.getHeaderNames());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM initiative_join_request WHERE initiative_id = :i"
                                    + " AND person_id = (SELECT id FROM app_user WHERE email = :e)")
                            .param("i", group)
                            .param("e", outsider)
                            .query(Long.class)
                            .single())
                    .isZero();
        }
    }
}
