package org.cocrea.initiatives;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.platform.Images;
import org.cocrea.platform.TestImages;
import org.cocrea.testing.Demo;
import org.cocrea.testing.PermissionMatrix;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The platform's image route ({@code platform.ImagesController}) for the seven kinds of person, with an image of a
 * demo initiative of each level: whoever may read the initiative gets it (public ones cacheable, the others
 * {@code private, no-store}), anyone else the 404 of an image that does not exist.
 */
@InitiativesWebTest
class ImagesPermissionMatrixTest {
    static final Set<String> ROUTES = Set.of("GET /images/{id:\\d{1,18}}/{width:\\d{1,5}}");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    @Autowired
    Images images;

    record Case(String title, Map<Who, String> emails, Set<Who> see, boolean isPublic) {}

    private Case kase(String title, Map<Who, String> roles, Set<Who> see, boolean isPublic) {
        var emails = new LinkedHashMap<Who, String>(roles);
        emails.put(Who.OTHER_CITIZEN, People.OTHER_CITIZEN);
        emails.put(Who.OTHER_PRO, People.OTHER_PRO);
        emails.put(Who.ADMIN, Demo.ADMIN);
        return new Case(title, emails, see, isPublic);
    }

    @Test
    void anImageIsForThoseWhoMayReadItsInitiative() throws Exception {
        People.ensure(jdbc);
        var cases = List.of(
                kase(
                        org.cocrea.initiatives.core.InitiativesDemoData.PLAN,
                        Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.SOCIAL_WORKER),
                        Set.of(Who.CITIZEN, Who.MEMBER, Who.FACILITATOR),
                        false),
                kase(
                        org.cocrea.initiatives.core.InitiativesDemoData.SCHOOL,
                        Map.of(Who.CITIZEN, Demo.CITIZEN, Who.MEMBER, Demo.PARENT, Who.FACILITATOR, Demo.TEACHER),
                        Set.of(Who.MEMBER, Who.FACILITATOR),
                        false),
                kase(
                        org.cocrea.initiatives.core.InitiativesDemoData.BIKES,
                        Map.of(Who.CITIZEN, Demo.PARENT, Who.MEMBER, Demo.CITIZEN, Who.FACILITATOR, Demo.PARKS_OFFICER),
                        Set.of(Who.values()),
                        true));
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        for (Case c : cases) {
            long initiative = jdbc.sql("SELECT id FROM initiative WHERE title = ?")
                    .param(c.title())
                    .query(Long.class)
                    .single();
            long image = images.storeForDemo(initiative, TestImages.png(600, 300), "A test picture", null);
            // Whoever gets the image gets it cacheable by anyone when the initiative is public, and by nobody else
            // when it is not.
            failures.addAll(new PermissionMatrix(mvc, users)
                    .people(c.emails()::get)
                    .run(
                            c.title(),
                            List.of("image"),
                            (check, who) -> PermissionMatrix.Cell.of(
                                            check,
                                            () -> get("/images/" + image + "/480"),
                                            c.see().contains(who) ? "200" : "404")
                                    .also(r -> {
                                        String cache = String.valueOf(r.getHeader("Cache-Control"));
                                        if (r.getStatus() == 200) {
                                            assertThat(c.isPublic() == cache.contains("public")
                                                            && c.isPublic() != cache.contains("no-store"))
                                                    .as("Cache-Control " + cache)
                                                    .isTrue();
                                        }
                                    })));
            // A width that was not stored, and an image that does not exist, are the same 404 for everyone.
            mvc.perform(get("/images/" + image + "/481").with(demo.as(c.emails().get(Who.FACILITATOR))))
                    .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
        }
        mvc.perform(get("/images/999999999/480"))
                .andExpect(r -> assertThat(r.getResponse().getStatus()).isEqualTo(404));
        assertThat(failures).isEmpty();
    }
}
