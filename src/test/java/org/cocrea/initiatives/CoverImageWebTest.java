package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.cocrea.ideas.TestIdeas;
import org.cocrea.platform.TestImages;
import org.cocrea.testing.Demo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/** An initiative's cover image: its own form on the edit page, shown on the page and its card; members-only stays so. */
@InitiativesWebTest
class CoverImageWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    Demo demo;

    @BeforeEach
    void setUp() {
        demo = new Demo(users);
        People.ensure(jdbc);
    }

    private long count(String sql, Object... params) {
        return TestIdeas.count(jdbc, sql, params);
    }

    private ResultActions upload(long initiative, String who, MockMultipartFile file, String alt) throws Exception {
        var request = multipart("/initiatives/" + initiative + "/image").file(file);
        if (alt != null) {
            request.param("imageAlt", alt);
        }
        return mvc.perform(request.with(csrf()).with(demo.as(who)));
    }

    private static MockMultipartFile photo() {
        return new MockMultipartFile("image", "copertina.jpg", "image/jpeg", TestImages.jpegWithGps(2000, 1000));
    }

    @Test
    void anUploadWithoutAltTextIsRefusedWithTheEditPageAgain() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        long images = count("SELECT COUNT(*) FROM image");
        upload(initiative, Demo.PARKS_OFFICER, photo(), "")
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("action=\"/initiatives/" + initiative + "/image\"")))
                .andExpect(content().string(containsString("Descrivi l’immagine in poche parole")))
                .andExpect(content().string(containsString("action=\"/initiatives/" + initiative + "/edit\"")));
        assertThat(count("SELECT COUNT(*) FROM image")).isEqualTo(images);
        assertThat(jdbc.sql("SELECT image_id FROM initiative WHERE id = ?")
                        .param(initiative)
                        .query(Long.class)
                        .optional())
                .isEmpty();
        // Neither a file nor "remove": nothing to do, said beside the field.
        mvc.perform(multipart("/initiatives/" + initiative + "/image")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422))
                .andExpect(content().string(containsString("Scegli un’immagine")));
        // A member who does not manage it may not.
        upload(initiative, Demo.CITIZEN, photo(), "Una strada").andExpect(status().isForbidden());
        assertThat(count("SELECT COUNT(*) FROM image")).isEqualTo(images);
    }

    @Test
    void theCoverIsShownWithItsTextAndReplacingItDeletesTheOldOne() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.COLLECTIVE);
        jdbc.sql("UPDATE initiative SET title = 'Copertina pubblica', search_text = 'copertina pubblica' WHERE id = ?")
                .param(initiative)
                .update();
        upload(initiative, Demo.PARKS_OFFICER, photo(), "Una strada alberata con una pista ciclabile rossa")
                .andExpect(status().isFound());
        long image = count("SELECT image_id FROM initiative WHERE id = ?", initiative);
        mvc.perform(get("/initiatives/" + initiative))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("src=\"/images/" + image + "/1600\"")))
                .andExpect(content()
                        .string(containsString("srcset=\"/images/" + image + "/480 480w, /images/" + image
                                + "/960 960w, /images/" + image + "/1600 1600w\"")))
                .andExpect(content().string(containsString("width=\"1600\" height=\"800\"")))
                .andExpect(
                        content().string(containsString("alt=\"Una strada alberata con una pista ciclabile rossa\"")));
        mvc.perform(get("/initiatives").param("q", "Copertina pubblica"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("/images/" + image + "/480 480w")));
        mvc.perform(get("/initiatives/" + initiative + "/edit").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("enctype=\"multipart/form-data\"")))
                .andExpect(content().string(containsString("src=\"/images/" + image + "/1600\"")));
        // The stored sizes carry no EXIF: the upload's GPS position is gone.
        byte[] served = mvc.perform(get("/images/" + image + "/1600"))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("public")))
                .andReturn()
                .getResponse()
                .getContentAsByteArray();
        assertThat(new String(served, java.nio.charset.StandardCharsets.ISO_8859_1))
                .doesNotContain("Exif");

        upload(initiative, Demo.PARKS_OFFICER, photo(), "Un'altra strada").andExpect(status().isFound());
        long replacement = count("SELECT image_id FROM initiative WHERE id = ?", initiative);
        assertThat(replacement).isNotEqualTo(image);
        assertThat(count("SELECT COUNT(*) FROM image WHERE id = ?", image)).isZero();
        mvc.perform(get("/images/" + image + "/1600")).andExpect(status().isNotFound());

        mvc.perform(multipart("/initiatives/" + initiative + "/image")
                        .with(csrf())
                        .with(demo.as(Demo.PARKS_OFFICER))
                        .param("imageRemove", "true"))
                .andExpect(status().isFound());
        assertThat(count("SELECT COUNT(*) FROM image WHERE id = ?", replacement))
                .isZero();
        mvc.perform(get("/initiatives/" + initiative)).andExpect(content().string(not(containsString("/images/"))));
    }

    @Test
    void aMembersOnlyInitiativesCoverIsForItsMembersOnlyAndKeptByNoCache() throws Exception {
        long initiative = TestIdeas.copy(jdbc, TestIdeas.GROUP);
        upload(initiative, Demo.TEACHER, photo(), "I banchi della classe in cerchio")
                .andExpect(status().isFound());
        long image = count("SELECT image_id FROM initiative WHERE id = ?", initiative);
        String path = "/images/" + image + "/960";
        mvc.perform(get(path).with(demo.as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andExpect(header().string("Cache-Control", containsString("no-store")))
                .andExpect(header().string("Cache-Control", containsString("private")))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"));
        mvc.perform(get(path)).andExpect(status().isNotFound());
        mvc.perform(get(path).with(demo.as(People.OTHER_CITIZEN))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(demo.as(Demo.CITIZEN))).andExpect(status().isNotFound());
        mvc.perform(get(path).with(demo.as(Demo.ADMIN))).andExpect(status().isNotFound());
    }
}
