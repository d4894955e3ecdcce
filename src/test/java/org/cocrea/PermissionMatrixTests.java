package org.cocrea;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.cocrea.testing.Browser;
import org.cocrea.testing.Demo;
import org.cocrea.testing.TestPeople;
import org.cocrea.testing.WebTest;
import org.cocrea.testing.Who;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;

/**
 * Every route of the accounts and platform modules, for each of the seven kinds of person (issue 12, finding 4).
 * These pages belong to no initiative, so three kinds coincide: CITIZEN, OTHER_CITIZEN and MEMBER are all plain
 * citizens here (each still checked, as a different account). FACILITATOR is a professional of the
 * organisation whose residents register is checked (its officer), OTHER_PRO a professional of another one.
 *
 * <p>Every cell signs in as a new account of its kind, made for that cell, so a cell that changes its own account
 * (name, password, deletion, residence) or someone else's touches nobody another cell uses: the order of the checks
 * does not matter. Every changing route states its effect, read back from the database: it must have happened in
 * the allowed cells and must not have happened in the refused ones. "LOGIN" is the redirect to the sign-in page.
 * {@link RouteCoverageTest} checks that {@link #ROUTES} names every route of these modules.
 */
@WebTest
class PermissionMatrixTests {

    /** The organisation whose register the FACILITATOR keeps; made for this matrix, so the demo's stays as it is. */
    static final String REGISTER_ORGANISATION = "Comune della Matrice";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    /**
     * One cell: who asks (their new account; none when anonymous), a new citizen some routes act on ({@code
     * target}), the register's organisation, and whatever the check's preparation recorded ({@code ids}).
     */
    record Cell(
            Who who,
            String email,
            long personId,
            String target,
            long targetId,
            long register,
            Map<String, Object> ids) {
        long id(String key) {
            return (Long) ids.get(key);
        }
    }

    interface Prepare {
        void prepare(Cell cell) throws Exception;
    }

    /**
     * One check of a route: the route as registered ("METHOD pattern", what {@link RouteCoverageTest} compares),
     * how to call it, the expected answer per kind of person, and for a change, whether it happened.
     */
    record Check(
            String route,
            String name,
            Prepare prepare,
            Function<Cell, AbstractMockHttpServletRequestBuilder<?>> request,
            Function<Who, String> expect,
            Predicate<Cell> effect) {}

    private static Function<Who, String> everyone(String status) {
        return who -> status;
    }

    private static Function<Who, String> signedIn(String status) {
        return who -> who == Who.ANONYMOUS ? "LOGIN" : status;
    }

    private static Function<Who, String> admins(String status) {
        return who -> who == Who.ANONYMOUS ? "LOGIN" : who == Who.ADMIN ? status : "403";
    }

    /** The register's officers (its organisation's professionals) and admins; everyone else learns nothing. */
    private static Function<Who, String> officers(String status) {
        return who -> who == Who.ANONYMOUS ? "LOGIN" : who == Who.FACILITATOR || who == Who.ADMIN ? status : "404";
    }

    private static final Prepare NOTHING = cell -> {};

    private static Check read(String route, String path, Function<Who, String> expect) {
        return new Check(route, route, NOTHING, c -> get(path), expect, null);
    }

    private static final String NEW_PASSWORD = "a-long-new-password-2026";

    List<Check> checks() {
        var checks = new ArrayList<Check>();
        // Platform: public pages, the language, the admin's backup and the development mailbox.
        checks.add(read("GET /", "/", everyone("200")));
        checks.add(read("GET /terms", "/terms", everyone("200")));
        checks.add(read("GET /privacy", "/privacy", everyone("200")));
        checks.add(new Check("GET /ping", "ping", NOTHING, c -> get("/ping"), everyone("200"), null));
        checks.add(new Check(
                "POST /language",
                "choose Italian",
                NOTHING,
                c -> post("/language").param("lang", "it").param("return", "/terms"),
                everyone("302"),
                // Signed-in people keep the choice on their account; everyone gets it in a cookie.
                c -> c.who() == Who.ANONYMOUS || "it".equals(column(c.personId(), "language"))));
        checks.add(read("GET /admin/backup", "/admin/backup", admins("200")));
        checks.add(
                new Check("POST /admin/backup", "back up", NOTHING, c -> post("/admin/backup"), admins("302"), null));
        checks.add(read("GET /admin/mailbox", "/admin/mailbox", admins("200")));
        checks.add(read("GET /mailbox", "/mailbox", signedIn("200")));
        checks.add(read("GET /actuator/health", "/actuator/health", everyone("200")));
        checks.add(read("GET /actuator/prometheus", "/actuator/prometheus", admins("200")));

        // Accounts: signing in, registering, confirming the address, forgotten passwords.
        checks.add(read("GET /login", "/login", everyone("200")));
        checks.add(read("GET /register", "/register", everyone("200")));
        checks.add(new Check(
                "POST /register",
                "register",
                NOTHING,
                c -> post("/register")
                        .param("name", "Nuova persona")
                        .param("email", "new." + c.target())
                        .param("password", NEW_PASSWORD)
                        .param("language", "it")
                        .param("acceptTerms", "true"),
                everyone("302"),
                c -> count("SELECT COUNT(*) FROM app_user WHERE email = :v", "new." + c.target()) == 1));
        checks.add(new Check(
                "GET /verify",
                "confirm the address",
                c -> {
                    jdbc.sql("UPDATE app_user SET email_verified_at = NULL WHERE id = :id")
                            .param("id", c.targetId())
                            .update();
                    c.ids().put("token", token(c.targetId(), "verify"));
                },
                c -> get("/verify").param("token", (String) c.ids().get("token")),
                everyone("200"),
                c -> column(c.targetId(), "email_verified_at") != null));
        checks.add(new Check(
                "POST /verify/resend",
                "send the confirmation again",
                c -> {
                    if (c.who() != Who.ANONYMOUS) {
                        jdbc.sql("UPDATE app_user SET email_verified_at = NULL WHERE id = :id")
                                .param("id", c.personId())
                                .update();
                    }
                },
                c -> post("/verify/resend"),
                signedIn("302"),
                c -> count("SELECT COUNT(*) FROM account_token WHERE user_id = :v AND purpose = 'verify'", c.personId())
                        == 1));
        checks.add(read("GET /password/forgot", "/password/forgot", everyone("200")));
        checks.add(new Check(
                "POST /password/forgot",
                "ask for a new password",
                NOTHING,
                c -> post("/password/forgot").param("email", c.target()),
                everyone("302"),
                c -> count("SELECT COUNT(*) FROM account_token WHERE user_id = :v AND purpose = 'reset'", c.targetId())
                        == 1));
        checks.add(new Check(
                "GET /password/reset",
                "new password form",
                c -> c.ids().put("token", token(c.targetId(), "reset")),
                c -> get("/password/reset").param("token", (String) c.ids().get("token")),
                everyone("200"),
                null));
        checks.add(new Check(
                "POST /password/reset",
                "set a new password",
                c -> c.ids().put("token", token(c.targetId(), "reset")),
                c -> post("/password/reset")
                        .param("token", (String) c.ids().get("token"))
                        .param("password", NEW_PASSWORD),
                everyone("302"),
                c -> changedPassword(c.targetId())));

        // Accounts: one's own profile.
        checks.add(read("GET /profile", "/profile", signedIn("200")));
        checks.add(new Check(
                "POST /profile",
                "change name",
                NOTHING,
                c -> post("/profile").param("name", "Nome cambiato").param("language", "it"),
                signedIn("302"),
                c -> "Nome cambiato".equals(column(c.personId(), "name"))));
        checks.add(new Check(
                "POST /profile/password",
                "change password",
                // A real session (the change gives it a new id): the cell's person signs in first.
                c -> {
                    if (c.email() != null) {
                        var browser = new Browser(mvc);
                        browser.perform(get("/login"));
                        browser.perform(post("/login")
                                .with(csrf())
                                .param("email", c.email())
                                .param("password", "unused-password"));
                        c.ids().put("session", browser.cookie("SESSION"));
                    }
                },
                c -> {
                    var request = post("/profile/password")
                            .param("current", "unused-password")
                            .param("password", NEW_PASSWORD);
                    return c.ids().get("session") == null
                            ? request
                            : request.cookie(
                                    new Cookie("SESSION", (String) c.ids().get("session")));
                },
                signedIn("302"),
                c -> changedPassword(c.personId())));
        checks.add(new Check(
                "POST /profile/delete",
                "delete one's account",
                NOTHING,
                c -> post("/profile/delete").param("password", "unused-password"),
                signedIn("302"),
                c -> column(c.personId(), "deleted_at") != null));
        checks.add(new Check(
                "POST /profile/residence",
                "prove residence",
                c -> c.ids().put("identifier", census(c.register())),
                c -> post("/profile/residence")
                        .param("organisation", String.valueOf(c.register()))
                        .param("identifier", (String) c.ids().get("identifier")),
                signedIn("302"),
                c -> count("SELECT COUNT(*) FROM resident WHERE person_id = :v", c.personId()) == 1));

        // Accounts: administration of organisations and people (admins only).
        checks.add(read("GET /admin", "/admin", admins("200")));
        checks.add(read("GET /admin/organisations", "/admin/organisations", admins("200")));
        checks.add(new Check(
                "GET /admin/organisations/{id}",
                "organisation page",
                NOTHING,
                c -> get("/admin/organisations/" + c.register()),
                admins("200"),
                null));
        checks.add(new Check(
                "POST /admin/organisations",
                "create organisation",
                NOTHING,
                c -> post("/admin/organisations").param("name", "Ente " + c.target()),
                admins("302"),
                c -> count("SELECT COUNT(*) FROM organisation WHERE name = :v", "Ente " + c.target()) == 1));
        checks.add(new Check(
                "POST /admin/organisations/{id}/departments",
                "add department",
                NOTHING,
                c -> post("/admin/organisations/" + c.register() + "/departments")
                        .param("name", "Ufficio " + c.target()),
                admins("302"),
                c -> count("SELECT COUNT(*) FROM department WHERE name = :v", "Ufficio " + c.target()) == 1));
        checks.add(read("GET /admin/people", "/admin/people", admins("200")));
        checks.add(new Check(
                "GET /admin/people/{id}",
                "person page",
                NOTHING,
                c -> get("/admin/people/" + c.targetId()),
                admins("200"),
                null));
        checks.add(new Check(
                "POST /admin/people/{id}",
                "make a citizen a professional",
                NOTHING,
                c -> post("/admin/people/" + c.targetId())
                        .param("kind", "professional")
                        .param("organisationId", String.valueOf(c.register())),
                admins("302"),
                c -> "professional".equals(column(c.targetId(), "kind"))));

        // Accounts: an organisation's residents register, kept by its officers.
        checks.add(new Check(
                "GET /organisations/{id:\\d+}/residents",
                "residents register",
                NOTHING,
                c -> get("/organisations/" + c.register() + "/residents"),
                officers("200"),
                null));
        checks.add(new Check(
                "POST /organisations/{id:\\d+}/residents",
                "upload the census",
                NOTHING,
                c -> multipart("/organisations/" + c.register() + "/residents")
                        .file(new MockMultipartFile(
                                "file", "census.csv", "text/csv", "A1\nA2\nA3\n".getBytes(StandardCharsets.UTF_8))),
                officers("302"),
                c -> count("SELECT COUNT(*) FROM census WHERE uploaded_by = :v", c.personId()) == 1));
        checks.add(new Check(
                "POST /organisations/{id:\\d+}/residents/contests/{contest:\\d+}/confirm",
                "confirm a contested claim",
                c -> c.ids().put("contest", contest(c.register())),
                c -> post("/organisations/" + c.register() + "/residents/contests/" + c.id("contest") + "/confirm"),
                officers("302"),
                c -> decided(c.id("contest"))));
        checks.add(new Check(
                "POST /organisations/{id:\\d+}/residents/contests/{contest:\\d+}/reject",
                "reject a contested claim",
                c -> c.ids().put("contest", contest(c.register())),
                c -> post("/organisations/" + c.register() + "/residents/contests/" + c.id("contest") + "/reject"),
                officers("302"),
                c -> decided(c.id("contest"))));
        return checks;
    }

    /** The routes this matrix checks, as "METHOD pattern" (patterns as registered); see {@link RouteCoverageTest}. */
    static final Set<String> ROUTES =
            new PermissionMatrixTests().checks().stream().map(Check::route).collect(Collectors.toUnmodifiableSet());

    // --- The people and data of a cell, each made new for it.

    private long organisation(String name) {
        if (count("SELECT COUNT(*) FROM organisation WHERE name = :v", name) == 0) {
            jdbc.sql("INSERT INTO organisation (name, created_at) VALUES (:n, :now)")
                    .param("n", name)
                    .param("now", OffsetDateTime.now(ZoneOffset.UTC))
                    .update();
        }
        return jdbc.sql("SELECT id FROM organisation WHERE name = :n")
                .param("n", name)
                .query(Long.class)
                .single();
    }

    /** A new account of the kind, with the password "unused-password"; null when anonymous. */
    private String person(Who who, long register) {
        if (who == Who.ANONYMOUS) {
            return null;
        }
        String email = "pm." + who.name().toLowerCase() + "."
                + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        switch (who) {
            case FACILITATOR -> TestPeople.ensure(jdbc, email, "professional", register);
            case OTHER_PRO -> TestPeople.ensure(jdbc, email, "professional", organisation("Comune di Esempio"));
            default -> TestPeople.ensure(jdbc, email, "citizen", null);
        }
        if (who == Who.ADMIN) {
            jdbc.sql("UPDATE app_user SET admin = TRUE WHERE email = :e")
                    .param("e", email)
                    .update();
        }
        return email;
    }

    private long id(String email) {
        return jdbc.sql("SELECT id FROM app_user WHERE email = :e")
                .param("e", email)
                .query(Long.class)
                .single();
    }

    private Object column(long person, String column) {
        return jdbc.sql("SELECT " + column + " FROM app_user WHERE id = :id")
                .param("id", person)
                .query((rs, n) -> rs.getObject(1))
                .optional()
                .orElse(null);
    }

    private boolean changedPassword(long person) {
        Object hash = column(person, "password_hash");
        return hash != null && !hash.equals("{noop}unused-password");
    }

    private long count(String sql, Object value) {
        return jdbc.sql(sql).param("v", value).query(Long.class).single();
    }

    /** A token as the accounts module stores it (SHA-256 of the mailed value), valid for an hour. */
    private String token(long person, String purpose) throws Exception {
        String token = UUID.randomUUID().toString();
        String hash = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                INSERT INTO account_token (token_hash, user_id, purpose, expires_at)
                VALUES (:hash, :user, :purpose, :expires)
                """)
                .param("hash", hash)
                .param("user", person)
                .param("purpose", purpose)
                .param("expires", OffsetDateTime.now(ZoneOffset.UTC).plusHours(1))
                .update();
        return token;
    }

    /** Uploads a new census of the register's organisation (as an admin) holding one new identifier, returned. */
    private String census(long register) throws Exception {
        String identifier = "ID" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String admin = person(Who.ADMIN, register);
        var response = mvc.perform(multipart("/organisations/" + register + "/residents")
                        .file(new MockMultipartFile(
                                "file", "census.csv", "text/csv", identifier.getBytes(StandardCharsets.UTF_8)))
                        .with(csrf())
                        .with(new Demo(users).as(admin)))
                .andReturn()
                .getResponse();
        assertThat(response.getStatus()).isEqualTo(302);
        return identifier;
    }

    /** An open contest: one new citizen proves residence with an identifier, another claims the same one. */
    private long contest(long register) throws Exception {
        String identifier = census(register);
        String holder = person(Who.CITIZEN, register);
        String claimant = person(Who.CITIZEN, register);
        for (String who : List.of(holder, claimant)) {
            mvc.perform(post("/profile/residence")
                            .param("organisation", String.valueOf(register))
                            .param("identifier", identifier)
                            .with(csrf())
                            .with(new Demo(users).as(who)))
                    .andReturn();
        }
        return jdbc.sql("SELECT id FROM residence_contest WHERE claimant_id = :c")
                .param("c", id(claimant))
                .query(Long.class)
                .single();
    }

    private boolean decided(long contest) {
        return count("SELECT COUNT(*) FROM residence_contest WHERE decision IS NOT NULL AND id = :v", contest) == 1;
    }

    /**
     * The answer as the matrix names it: "LOGIN" for Spring Security's redirect to the sign-in page, which (unlike
     * a page's own redirect there after registering, say) carries no notice for the next page.
     */
    private static String status(MvcResult result) {
        var response = result.getResponse();
        if (response.getStatus() == 302
                && response.getRedirectedUrl() != null
                && response.getRedirectedUrl().endsWith("/login")
                && (result.getFlashMap() == null || result.getFlashMap().isEmpty())) {
            return "LOGIN";
        }
        return String.valueOf(response.getStatus());
    }

    @Test
    void everyRouteForEveryKindOfPerson() throws Exception {
        long register = organisation(REGISTER_ORGANISATION);
        var demo = new Demo(users);
        var failures = new ArrayList<String>();
        int cells = 0;
        for (Check check : checks()) {
            for (Who who : Who.values()) {
                try {
                    String email = person(who, register);
                    String target = person(Who.CITIZEN, register);
                    var cell = new Cell(
                            who, email, email == null ? 0 : id(email), target, id(target), register, new HashMap<>());
                    check.prepare().prepare(cell);
                    var request = check.request().apply(cell).with(csrf());
                    if (email != null) {
                        request = request.with(demo.as(email));
                    }
                    var result = mvc.perform(request).andReturn();
                    var response = result.getResponse();
                    String actual = status(result);
                    String expected = check.expect().apply(who);
                    cells++;
                    if (!actual.equals(expected)) {
                        failures.add(check.name() + " as " + who + ": expected " + expected + " but was " + actual);
                    }
                    if (check.effect() != null) {
                        boolean allowed = !Set.of("LOGIN", "403", "404").contains(expected);
                        if (check.effect().test(cell) != allowed) {
                            failures.add(check.name() + " as " + who + (allowed ? ": no effect" : ": took effect"));
                        }
                    }
                    if (String.valueOf(response.getContentType()).startsWith("text/html")) {
                        String body = response.getContentAsString(StandardCharsets.UTF_8);
                        if (body.contains("Exception") || body.contains("\tat ")) {
                            failures.add(check.name() + " as " + who + ": shows a stack trace");
                        }
                    }
                    if (check.route().equals("POST /language") && !"it".equals(cookie(response))) {
                        failures.add(check.name() + " as " + who + ": no language cookie");
                    }
                } catch (Exception e) {
                    failures.add(check.name() + " as " + who + ": " + e + " at " + where(e));
                }
            }
        }
        assertThat(failures).isEmpty();
        assertThat(cells).isEqualTo(checks().size() * Who.values().length);
    }

    private static String cookie(MockHttpServletResponse response) {
        var cookie = response.getCookie("cocrea_lang");
        return cookie == null ? null : cookie.getValue();
    }

    /** Where in this test an unexpected exception came from, to tell a broken check from a broken route. */
    private static String where(Exception e) {
        for (var frame : e.getStackTrace()) {
            if (frame.getClassName().startsWith("org.cocrea.")
                    && frame.getClassName().contains("Permission")) {
                return frame.getFileName() + ":" + frame.getLineNumber();
            }
        }
        return "?";
    }
}
