package org.cocrea.ideas;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
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
import org.springframework.test.web.servlet.ResultActions;

/** A proposal's picture: chosen in the proposal form, shown on its page and in the list. */
@WebTest
class IdeaImagesWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private ResultActions propose(long tool, String title, MockMultipartFile image, String alt) throws Exception {
        var request = multipart("/ideas/" + tool).file(image);
        if (alt != null) {
            request.param("imageAlt", alt);
        }
        return mvc.perform(request.with(csrf())
                .with(new Demo(users).as(Demo.CITIZEN))
                .param("title", title)
                .param("body", "Più alberi lungo il viale"));
    }

    @Test
    void aProposalWithoutAltTextIsRefusedAndKeptThenWithItShowsThePicture() throws Exception {
        long tool = TestIdeas.newInstance(jdbc, TestIdeas.COLLECTIVE);
        var photo = new MockMultipartFile("image", "viale.png", "image/png", TestImages.png(800, 600));
        long ideas = TestIdeas.count(jdbc, "SELECT COUNT(*) FROM idea");
        long images = TestIdeas.count(jdbc, "SELECT COUNT(*) FROM image");

        propose(tool, "Alberi sul viale", photo, "  ")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("value=\"Alberi sul viale\"")))
                .andExpect(content().string(containsString("Descrivi l’immagine in poche parole")))
                .andExpect(content().string(containsString("aria-invalid=\"true\"")));
        assertThat(TestIdeas.count(jdbc, "SELECT COUNT(*) FROM idea")).isEqualTo(ideas);
        assertThat(TestIdeas.count(jdbc, "SELECT COUNT(*) FROM image")).isEqualTo(images);

        // A text file named like a picture is refused for what it is, whatever its name and claimed type.
        propose(
                        tool,
                        "Alberi sul viale",
                        new MockMultipartFile("image", "viale.png", "image/png", "ciao".getBytes()),
                        "Alberi")
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("non è un’immagine PNG, JPEG o WebP")));
        assertThat(TestIdeas.count(jdbc, "SELECT COUNT(*) FROM idea")).isEqualTo(ideas);

        propose(tool, "Alberi sul viale", photo, "Un viale con alberi giovani e una pista ciclabile")
                .andExpect(status().isFound());
        long idea = TestIdeas.count(jdbc, "SELECT MAX(id) FROM idea WHERE tool_instance_id = ?", tool);
        long image = TestIdeas.count(jdbc, "SELECT image_id FROM idea WHERE id = ?", idea);
        String img = "src=\"/images/" + image + "/800\"";
        mvc.perform(get("/ideas/" + tool + "/" + idea))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(img)))
                .andExpect(
                        content().string(containsString("alt=\"Un viale con alberi giovani e una pista ciclabile\"")))
                .andExpect(content()
                        .string(containsString(
                                "srcset=\"/images/" + image + "/480 480w, /images/" + image + "/800 800w\"")));
        mvc.perform(get("/ideas/" + tool))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(img)));
        // The collective initiative is public: anyone may fetch it, and caches may keep it.
        mvc.perform(get("/images/" + image + "/480"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/jpeg"))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("Cache-Control", containsString("max-age=31536000")));
        mvc.perform(get("/images/" + image + "/1600")).andExpect(status().isNotFound());
    }
}
