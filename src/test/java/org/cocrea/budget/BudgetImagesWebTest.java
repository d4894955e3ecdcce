package org.cocrea.budget;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.platform.TestImages;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/** A budget project's picture: chosen in the project form of the manage page, shown on the budget page. */
@WebTest
class BudgetImagesWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long count(String sql, Object... params) {
        var spec = jdbc.sql(sql);
        for (Object p : params) {
            spec = spec.param(p);
        }
        return spec.query(Long.class).single();
    }

    @Test
    void aProjectWithAPictureShowsItAndOneWithoutAltTextIsRefused() throws Exception {
        var demo = new Demo(users);
        long id = TestBudgets.newInstance(jdbc);
        mvc.perform(post("/budget/" + id + "/settings")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("amount", "100000")
                        .param("currency", "eur")
                        .param("ballotType", "approval")
                        .param("rule", "mes"))
                .andExpect(status().isFound());
        mvc.perform(get("/budget/" + id + "/manage").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("name=\"imageAlt\"")));
        var photo = new MockMultipartFile("image", "rastrelliere.jpg", "image/jpeg", TestImages.jpeg(1200, 800));
        long images = count("SELECT COUNT(*) FROM image");
        long projects = count("SELECT COUNT(*) FROM budget_project");

        mvc.perform(multipart("/budget/" + id + "/projects")
                        .file(photo)
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("title", "Rastrelliere")
                        .param("cost", "5000"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"Rastrelliere\"")))
                .andExpect(content().string(containsString("Descrivi l’immagine in poche parole")));
        assertThat(count("SELECT COUNT(*) FROM image")).isEqualTo(images);
        assertThat(count("SELECT COUNT(*) FROM budget_project")).isEqualTo(projects);

        mvc.perform(multipart("/budget/" + id + "/projects")
                        .file(photo)
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("title", "Rastrelliere")
                        .param("cost", "5000")
                        .param("imageAlt", "Biciclette legate a rastrelliere davanti alla scuola"))
                .andExpect(status().isFound());
        long imageId = count("""
                SELECT p.image_id FROM budget_project p JOIN budget b ON b.id = p.budget_id
                WHERE b.tool_instance_id = ?
                """, id);
        mvc.perform(get("/budget/" + id).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"/images/" + imageId + "/1200\"")))
                .andExpect(content().string(containsString("/images/" + imageId + "/480 480w")))
                .andExpect(content().string(containsString("width=\"1200\" height=\"800\"")))
                .andExpect(content()
                        .string(matchesPattern(
                                "(?s).*alt=\"Biciclette legate a rastrelliere davanti alla scuola\".*")));
        mvc.perform(get("/images/" + imageId + "/960")).andExpect(status().isOk());
    }
}
