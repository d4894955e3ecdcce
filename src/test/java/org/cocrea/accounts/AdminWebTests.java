package org.cocrea.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** Platform admins manage organisations, departments and people; bad input is explained, never stored. */
@WebTest
class AdminWebTests {
    @Autowired
    MockMvc mvc;

    @Autowired
    OrganisationRepository organisations;

    @Autowired
    PersonRepository people;

    @Autowired
    UserDetailsService users;

    private MockHttpServletResponse asAdmin(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(new Demo(users).as(Demo.ADMIN)).header("Accept-Language", "en"))
                .andReturn()
                .getResponse();
    }

    @Test
    void createsOrganisationsWithDepartments() throws Exception {
        var created = asAdmin(post("/admin/organisations").with(csrf()).param("name", "ASL Città Nord"));
        assertThat(created.getStatus()).isEqualTo(302);
        long id = organisations.findByName("ASL Città Nord").orElseThrow().id();
        assertThat(created.getRedirectedUrl()).isEqualTo("/admin/organisations/" + id);

        var duplicate = asAdmin(post("/admin/organisations").with(csrf()).param("name", "ASL Città Nord"));
        assertThat(duplicate.getStatus()).isEqualTo(422);
        assertThat(duplicate.getContentAsString()).contains("already exists");

        var blank = asAdmin(post("/admin/organisations").with(csrf()).param("name", "  "));
        assertThat(blank.getStatus()).isEqualTo(422);
        assertThat(blank.getContentAsString()).contains("Enter a name");

        var department = asAdmin(
                post("/admin/organisations/" + id + "/departments").with(csrf()).param("name", "Consultorio"));
        assertThat(department.getRedirectedUrl()).isEqualTo("/admin/organisations/" + id);
        assertThat(organisations.departments(id)).extracting(Department::name).containsExactly("Consultorio");
        var twice = asAdmin(
                post("/admin/organisations/" + id + "/departments").with(csrf()).param("name", "Consultorio"));
        assertThat(twice.getStatus()).isEqualTo(422);
        assertThat(organisations.departments(id)).hasSize(1);

        assertThat(asAdmin(get("/admin/organisations/" + id)).getContentAsString())
                .contains("ASL Città Nord")
                .contains("Consultorio");
        assertThat(asAdmin(post("/admin/organisations/999999/departments")
                                .with(csrf())
                                .param("name", "x"))
                        .getStatus())
                .isEqualTo(404);
    }

    @Test
    void makesACitizenAProfessionalOfAnOrganisation() throws Exception {
        long org = organisations.findByName("Comune di Esempio").orElseThrow().id();
        long otherOrg = organisations.create("Comune Vicino");
        long otherDep = organisations.addDepartment(otherOrg, "Anagrafe");
        long volunteer = people.findByEmail(Demo.VOLUNTEER).orElseThrow().id();

        var noOrganisation =
                asAdmin(post("/admin/people/" + volunteer).with(csrf()).param("kind", "professional"));
        assertThat(noOrganisation.getStatus()).isEqualTo(422);
        assertThat(noOrganisation.getContentAsString()).contains("must belong to an organisation");

        var mismatch = asAdmin(post("/admin/people/" + volunteer)
                .with(csrf())
                .param("kind", "professional")
                .param("organisationId", String.valueOf(org))
                .param("departmentId", String.valueOf(otherDep)));
        assertThat(mismatch.getStatus()).isEqualTo(422);
        assertThat(mismatch.getContentAsString()).contains("must belong to the chosen organisation");

        var badKind = asAdmin(post("/admin/people/" + volunteer).with(csrf()).param("kind", "wizard"));
        assertThat(badKind.getStatus()).isEqualTo(422);
        var badId = asAdmin(post("/admin/people/" + volunteer)
                .with(csrf())
                .param("kind", "citizen")
                .param("organisationId", "not-a-number"));
        assertThat(badId.getStatus()).isEqualTo(422);
        assertThat(people.findById(volunteer).orElseThrow().professional()).isFalse();

        var saved = asAdmin(post("/admin/people/" + volunteer)
                .with(csrf())
                .param("kind", "professional")
                .param("organisationId", String.valueOf(otherOrg))
                .param("departmentId", String.valueOf(otherDep)));
        assertThat(saved.getRedirectedUrl()).isEqualTo("/admin/people/" + volunteer);
        Person pro = people.findById(volunteer).orElseThrow();
        assertThat(pro.professional()).isTrue();
        assertThat(pro.organisationId()).isEqualTo(otherOrg);

        asAdmin(post("/admin/people/" + volunteer).with(csrf()).param("kind", "citizen"));
        assertThat(people.findById(volunteer).orElseThrow().professional()).isFalse();
    }

    @Test
    void anAdminCannotRemoveTheirOwnAdminRole() throws Exception {
        long admin = people.findByEmail(Demo.ADMIN).orElseThrow().id();
        long org = organisations.findByName("Comune di Esempio").orElseThrow().id();
        var response = asAdmin(post("/admin/people/" + admin)
                .with(csrf())
                .param("kind", "professional")
                .param("organisationId", String.valueOf(org)));
        assertThat(response.getStatus()).isEqualTo(422);
        assertThat(people.findById(admin).orElseThrow().admin()).isTrue();
    }

    @Test
    void searchesPeopleAndServesAnHtmxFragment() throws Exception {
        var page = asAdmin(get("/admin/people").param("q", "bianchi"));
        assertThat(page.getContentAsString()).contains("Giulia Bianchi").doesNotContain("Luca Russo");
        var fragment = asAdmin(get("/admin/people").param("q", "russo").header("HX-Request", "true"));
        assertThat(fragment.getContentAsString())
                .contains("Luca Russo")
                .doesNotContain("<html")
                .doesNotContain("Giulia Bianchi");
        assertThat(asAdmin(get("/admin/people").param("page", "-5")).getStatus())
                .isEqualTo(200);
        assertThat(asAdmin(get("/admin/people").param("page", "abc")).getStatus())
                .isEqualTo(400);
    }
}
