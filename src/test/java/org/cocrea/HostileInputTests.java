package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every form is submitted with hostile values in each field, with fields missing or duplicated,
 * with invalid UTF-8 and with the wrong content type. None may answer 500, show a stack trace, or
 * echo a script unescaped; pages that show stored text are then checked for unescaped scripts.
 */
@WebTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileInputTests {
    static final String SCRIPT = "<script>alert('x')</script>";
    static final String HANDLER = "\"><img src=x onerror=alert(1)>";

    static final List<String> HOSTILE = List.of(
            SCRIPT,
            HANDLER,
            "'; DROP TABLE app_user; --",
            "%' OR '1'='1",
            "x".repeat(1_000_000),
            "-1",
            "-9223372036854775809",
            "99999999999999999999999999",
            "0",
            "",
            "\u0000",
            "日本語 ñ € 🙂",
            "../../etc/passwd");

    /** A form: who submits it, where, and valid values for every field. */
    record Form(String who, String path, Map<String, String> valid) {
        @Override
        public String toString() {
            return path;
        }
    }

    static Map<String, String> fields(String... pairs) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    static final List<Form> FORMS = List.of(
            new Form(
                    null,
                    "/register",
                    fields(
                            "name", "Hostile Tester",
                            "email", "hostile@example.org",
                            "password", "a long passphrase",
                            "language", "en",
                            "acceptTerms", "true")),
            new Form(null, "/login", fields("email", "nobody@example.org", "password", "whatever it is")),
            new Form(null, "/password/forgot", fields("email", "nobody@example.org")),
            new Form(null, "/password/reset", fields("token", "not-a-token", "password", "a long passphrase")),
            new Form(null, "/language", fields("lang", "en", "return", "/")),
            new Form(Demo.VOLUNTEER, "/profile", fields("name", "Davide Romano", "language", "it")),
            new Form(
                    Demo.VOLUNTEER,
                    "/profile/password",
                    fields("current", "wrong password", "password", "a long passphrase")),
            new Form(Demo.VOLUNTEER, "/profile/delete", fields("password", "wrong password")),
            new Form(Demo.ADMIN, "/admin/organisations", fields("name", "Ente")),
            new Form(Demo.ADMIN, "/admin/organisations/1/departments", fields("name", "Ufficio")),
            new Form(
                    Demo.ADMIN,
                    "/admin/people/5",
                    fields("kind", "citizen", "organisationId", "", "departmentId", "", "admin", "false")),
            new Form(
                    Demo.PARKS_OFFICER,
                    "/initiatives",
                    fields(
                            "title", "Orti condivisi",
                            "summary", "Coltiviamo insieme",
                            "description", "Un orto **per tutti**",
                            "organisationId", "1",
                            "domain", "environment-and-parks",
                            "level", "collective",
                            "citizenRoles", "co-designer",
                            "objectives", "effectiveness",
                            "area", "")),
            new Form(
                    Demo.VOLUNTEER,
                    "/petitions",
                    fields(
                            "organisationId", "1",
                            "title", "Panchine",
                            "summary", "Più panchine",
                            "domain", "environment-and-parks",
                            "level", "collective")),
            new Form(Demo.PARKS_OFFICER, "/petitions/settings", fields("supportThreshold", "5", "answerDays", "30")),
            new Form(Demo.PARENT, "/profile/residence", fields("organisation", "1", "identifier", "RSSMRA80A01H501U")));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Autowired
    JdbcClient jdbc;

    Stream<Arguments> cases() {
        return FORMS.stream()
                .flatMap(form -> form.valid().keySet().stream()
                        .flatMap(field -> HOSTILE.stream().map(value -> Arguments.of(form, field, value))));
    }

    private MockHttpServletRequestBuilder submit(Form form) {
        var request = post(form.path()).with(csrf());
        if (form.who() != null) {
            request.with(new Demo(users).as(form.who()));
        }
        return request;
    }

    private static void assertSafe(MockHttpServletResponse response) throws Exception {
        assertThat(response.getStatus()).isLessThan(500);
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("\tat ").doesNotContain("Exception");
        assertThat(body).doesNotContain(SCRIPT).doesNotContain("<img src=x onerror");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("cases")
    void hostileValueInOneField(Form form, String field, String value) throws Exception {
        var request = submit(form);
        form.valid().forEach((name, valid) -> request.param(name, name.equals(field) ? value : valid));
        assertSafe(mvc.perform(request).andReturn().getResponse());
    }

    @ParameterizedTest(name = "{0} without {1}")
    @MethodSource("fieldsOfForms")
    void missingAndDuplicatedFields(Form form, String field) throws Exception {
        var missing = submit(form);
        form.valid().forEach((name, valid) -> {
            if (!name.equals(field)) {
                missing.param(name, valid);
            }
        });
        assertSafe(mvc.perform(missing).andReturn().getResponse());

        var duplicated = submit(form);
        form.valid().forEach((name, valid) -> duplicated.param(name, valid, name.equals(field) ? SCRIPT : valid));
        assertSafe(mvc.perform(duplicated).andReturn().getResponse());
    }

    Stream<Arguments> fieldsOfForms() {
        return FORMS.stream().flatMap(form -> form.valid().keySet().stream().map(field -> Arguments.of(form, field)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forms")
    void invalidUtf8AndWrongContentTypes(Form form) throws Exception {
        byte[] invalidUtf8 = {'n', 'a', 'm', 'e', '=', (byte) 0xC3, (byte) 0x28, '&', 'x', '=', (byte) 0xFF};
        assertSafe(mvc.perform(submit(form)
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content(invalidUtf8))
                .andReturn()
                .getResponse());
        assertSafe(
                mvc.perform(submit(form).contentType(MediaType.APPLICATION_JSON).content("{\"name\":\"x\"}"))
                        .andReturn()
                        .getResponse());
        assertSafe(mvc.perform(submit(form).contentType(MediaType.TEXT_XML).content("<a>&xxe;</a>"))
                .andReturn()
                .getResponse());
    }

    Stream<Form> forms() {
        return FORMS.stream();
    }

    @Test
    void storedHostileTextIsAlwaysEscapedWhereItIsShown() throws Exception {
        var admin = new Demo(users).as(Demo.ADMIN);
        mvc.perform(post("/petitions")
                .with(csrf())
                .with(new Demo(users).as(Demo.PARENT))
                .param("organisationId", "1")
                .param("title", SCRIPT)
                .param("summary", HANDLER)
                .param("domain", "environment-and-parks")
                .param("level", "collective"));
        mvc.perform(post("/admin/organisations").with(csrf()).with(admin).param("name", SCRIPT));
        mvc.perform(post("/register")
                .with(csrf())
                .param("name", HANDLER)
                .param("email", "escaped@example.org")
                .param("password", "a long passphrase")
                .param("language", "en")
                .param("acceptTerms", "true"));
        long organisation = jdbc.sql("SELECT id FROM organisation WHERE name = :n")
                .param("n", SCRIPT)
                .query(Long.class)
                .single();
        long person = jdbc.sql("SELECT id FROM app_user WHERE email = 'escaped@example.org'")
                .query(Long.class)
                .single();
        for (String page : List.of(
                "/admin/organisations",
                "/admin/organisations/" + organisation,
                "/admin/people",
                "/admin/people/" + person,
                "/admin/people?q=onerror",
                "/initiatives",
                "/initiatives?q=script",
                "/petitions",
                "/typology",
                "/api/initiatives")) {
            assertSafe(mvc.perform(get(page).with(admin)).andReturn().getResponse());
        }
    }

    @Test
    void forgedIdsOfOtherPeoplesObjectsChangeNothing() throws Exception {
        long admin = jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", Demo.ADMIN)
                .query(Long.class)
                .single();
        var response = mvc.perform(post("/admin/people/" + admin)
                        .with(csrf())
                        .with(new Demo(users).as(Demo.CITIZEN))
                        .param("kind", "citizen"))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT kind FROM app_user WHERE id = :id")
                        .param("id", admin)
                        .query(String.class)
                        .single())
                .isEqualTo("professional");
    }
}
