package org.cocrea.plans;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.UUID;
import org.cocrea.ideas.TestIdeas;
import org.cocrea.initiatives.InitiativesWebTest;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 11, tightening (b): the attachments of a group initiative's proposals were served with
 * {@code Cache-Control: private, max-age=3600}, and downloads did not all say {@code no-store}. Every download of
 * content that is not public (group attachments, plan PDFs and JSON, the FHIR bundle, exports of group and
 * individual initiatives) now says {@code private, no-store}; public collective attachments keep their caching.
 */
@InitiativesWebTest
class PrivateDownloadsAreNotKeptBySharedCachesTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long attachment(long idea) {
        jdbc.sql("""
                INSERT INTO idea_attachment (idea_id, file_name, content_type, size_bytes, content, created_at)
                VALUES (:i, 'a.png', 'image/png', :n, :c, CURRENT_TIMESTAMP)
                """)
                .param("i", idea)
                .param("n", TestIdeas.PNG.length)
                .param("c", TestIdeas.PNG)
                .update();
        return jdbc.sql("SELECT MAX(id) FROM idea_attachment").query(Long.class).single();
    }

    private String cacheControl(String path, String who) throws Exception {
        var demo = new Demo(users);
        var request = get(path);
        if (who != null) {
            request = request.with(demo.as(who));
        }
        var response = mvc.perform(request).andReturn().getResponse();
        assertThat(response.getStatus()).as(path).isEqualTo(200);
        return String.join(",", response.getHeaders("Cache-Control"));
    }

    @Test
    void tighteningB_attachmentsOfGroupInitiativesAndPrivateDownloadsAreNeverStoredByCaches() throws Exception {
        long groupTool = TestIdeas.newInstance(jdbc, TestIdeas.GROUP);
        long groupIdea = TestIdeas.idea(jdbc, groupTool, "Riservata", "open", null);
        String group = "/ideas/" + groupTool + "/" + groupIdea + "/files/" + attachment(groupIdea);
        assertThat(cacheControl(group, Demo.TEACHER))
                .as("group attachment")
                .contains("private")
                .contains("no-store")
                .doesNotContain("max-age=3600");

        long publicTool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        jdbc.sql(
                        "UPDATE initiative SET status = 'open' WHERE id = (SELECT initiative_id FROM tool_instance WHERE id = :t)")
                .param("t", publicTool)
                .update();
        long publicIdea = TestIdeas.idea(jdbc, publicTool, "Pubblica", "open", null);
        String open = "/ideas/" + publicTool + "/" + publicIdea + "/files/" + attachment(publicIdea);
        assertThat(cacheControl(open, null)).as("public attachment").doesNotContain("no-store");

        var plan = PrivatePlan.create(jdbc, "Riservato-" + UUID.randomUUID());
        mvc.perform(post("/plans/" + plan.instance() + "/consents/give")
                        .with(csrf())
                        .with(new Demo(users).as(plan.citizen()))
                        .param("scope", "share-data"))
                .andExpect(status().isFound());
        for (var download : List.of(
                List.of("/plans/" + plan.instance() + "/my-data.json", plan.citizen()),
                List.of("/plans/" + plan.instance() + "/my-data.pdf", plan.citizen()),
                List.of("/plans/" + plan.instance() + "/versions/1/pdf", Demo.SOCIAL_WORKER),
                List.of("/api/plans/" + plan.initiative() + "/fhir", Demo.SOCIAL_WORKER))) {
            assertThat(cacheControl(download.get(0), download.get(1)))
                    .as(download.get(0))
                    .contains("private")
                    .contains("no-store");
        }
        long groupInitiative = jdbc.sql("SELECT initiative_id FROM tool_instance WHERE id = :t")
                .param("t", groupTool)
                .query(Long.class)
                .single();
        long groupUpdates = TestIdeas.addTool(jdbc, groupInitiative, "updates");
        assertThat(cacheControl("/updates/" + groupUpdates + "/export.json", Demo.TEACHER))
                .as("updates export of a group initiative")
                .contains("private")
                .contains("no-store");
    }
}
