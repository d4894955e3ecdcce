package org.cocrea.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The meetings pages on the demo: what each person reads, the refusals, the waitlist, the files and feeds. */
@WebTest
class MeetingsWebTest {
    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long instance(String title) {
        return jdbc.sql("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = :title AND t.tool_id = 'meetings' ORDER BY t.id FETCH FIRST 1 ROWS ONLY
                """).param("title", title).query(Long.class).single();
    }

    private long meeting(String title) {
        return jdbc.sql("SELECT MAX(id) FROM meeting WHERE title = :t")
                .param("t", title)
                .query(Long.class)
                .single();
    }

    private long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }

    private String page(String path, String as) throws Exception {
        var request = get(path);
        if (as != null) {
            request = request.with(new Demo(users).as(as));
        }
        return mvc.perform(request)
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    /** A valid meeting's form, with {@code overrides} as name, value pairs. */
    private static MockHttpServletRequestBuilder form(String path, String title, String... overrides) {
        String day = LocalDate.now().plusDays(30).toString();
        var fields = new java.util.LinkedHashMap<String, String>();
        fields.put("title", title);
        fields.put("description", "Descrizione");
        fields.put("kind", "in-person");
        fields.put("address", "Via Verdi 3");
        fields.put("latitude", "45.47");
        fields.put("longitude", "9.2");
        fields.put("onlineLink", "");
        fields.put("startDate", day);
        fields.put("startTime", "17:00");
        fields.put("endDate", day);
        fields.put("endTime", "19:00");
        fields.put("agenda", "");
        fields.put("capacity", "");
        fields.put("question", "");
        for (int i = 0; i < overrides.length; i += 2) {
            fields.put(overrides[i], overrides[i + 1]);
        }
        var request = post(path).with(csrf());
        fields.forEach((name, value) -> request.param(name, value));
        return request;
    }

    @Test
    void theSchoolWorkshopsShowPlacesWaitlistAnswersAttendanceAndMinutes() throws Exception {
        long school = instance(MeetingsDemoData.SCHOOL);
        String list = page("/meetings/" + school, Demo.PARENT);
        assertThat(list)
                .contains("Laboratorio: progettiamo le attività inclusive")
                .contains("Laboratorio: le esperienze delle famiglie");
        long coming = meeting("Laboratorio: progettiamo le attività inclusive");
        String asTeacher = page("/meetings/" + school + "/meeting/" + coming, Demo.TEACHER);
        assertThat(asTeacher)
                .contains("Posti occupati: 2 su 2")
                .contains("in lista d’attesa: 2")
                .contains("Un servizio di baby-sitting")
                .contains("https://meet.example.org/scuola-inclusiva");
        String asParent = page("/meetings/" + school + "/meeting/" + coming, Demo.PARENT);
        assertThat(asParent).contains("Hai un posto").contains("https://meet.example.org/scuola-inclusiva");
        long past = meeting("Laboratorio: le esperienze delle famiglie");
        assertThat(page("/meetings/" + school + "/meeting/" + past, Demo.TEACHER))
                .contains("<strong>giornata delle famiglie</strong>")
                .contains("checked");
        assertThat(count("SELECT COUNT(*) FROM meeting_registration WHERE meeting_id = ? AND attended", past))
                .isEqualTo(2);
        // The group's workshops are the group's: nobody else reads them, nor their files.
        mvc.perform(get("/meetings/" + school + "/meeting/" + coming)).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/" + school + "/meeting/" + coming + ".ics")).andExpect(status().isNotFound());
        // The personal home lists the coming meeting the parent holds a place in.
        assertThat(page("/", Demo.PARENT)).contains("Laboratorio: progettiamo le attività inclusive");
    }

    @Test
    void thePublicBikesWorkshopHasAnIcalFileAndTheInitiativeAFeed() throws Exception {
        long bikes = instance(MeetingsDemoData.BIKES);
        long workshop = meeting("Passeggiata e laboratorio sui percorsi ciclabili");
        assertThat(page("/meetings/" + bikes + "/meeting/" + workshop, null))
                .contains("Parco Nord")
                .contains("Accedi per iscriverti");
        var response = mvc.perform(get("/meetings/" + bikes + "/meeting/" + workshop + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(response.getContentType()).startsWith("text/calendar");
        var parsed = Ics.parse(response.getContentAsString());
        assertThat(parsed.method()).isEqualTo("PUBLISH");
        var event = parsed.events().get(0);
        assertThat(event.uid()).startsWith("meeting-" + workshop + "@");
        assertThat(event.summary()).isEqualTo("Passeggiata e laboratorio sui percorsi ciclabili");
        assertThat(event.startLocal().toLocalTime()).hasToString("10:00");
        long initiative = count("SELECT initiative_id FROM tool_instance WHERE id = ?", bikes);
        var feed = Ics.parse(mvc.perform(get("/meetings/initiative/" + initiative + "/calendar.ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertThat(feed.events()).extracting(Ics.Event::uid).contains("meeting-" + workshop + "@localhost");
        long school = count("SELECT initiative_id FROM tool_instance WHERE id = ?", instance(MeetingsDemoData.SCHOOL));
        mvc.perform(get("/meetings/initiative/" + school + "/calendar.ics")).andExpect(status().isNotFound());
    }

    @Test
    void badMeetingsAreRefusedWithTheFormKeptAndNothingStored() throws Exception {
        long bikes = instance(MeetingsDemoData.BIKES);
        var demo = new Demo(users);
        long before = count("SELECT COUNT(*) FROM meeting");
        String day = LocalDate.now().plusDays(30).toString();
        String endBefore = mvc.perform(form("/meetings/" + bikes, "Al contrario", "endTime", "16:00")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(endBefore).contains("La fine deve venire dopo l’inizio").contains("value=\"Al contrario\"");
        mvc.perform(form("/meetings/" + bikes, "x".repeat(201)).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422));
        mvc.perform(form("/meetings/" + bikes, "Troppo lungo", "agenda", "a".repeat(10_000_000))
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422));
        mvc.perform(form("/meetings/" + bikes, "Online senza link", "kind", "online")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422));
        mvc.perform(form("/meetings/" + bikes, "Posti strani", "capacity", "-3").with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422));
        mvc.perform(form("/meetings/" + bikes, "Data strana", "startDate", "31/02")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422));
        mvc.perform(form("/meetings/" + bikes, "Link ostile", "kind", "online", "onlineLink", "javascript:alert(1)")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422));
        assertThat(count("SELECT COUNT(*) FROM meeting")).isEqualTo(before);
        // Hostile Markdown is stored as written and shown sanitised.
        mvc.perform(form(
                                "/meetings/" + bikes,
                                "Ostile",
                                "agenda",
                                "**ok** <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound());
        String shown = page("/meetings/" + bikes + "/meeting/" + meeting("Ostile"), null);
        assertThat(shown)
                .contains("<strong>ok</strong>")
                .doesNotContain("<script>alert")
                .doesNotContain("href=\"javascript")
                .doesNotContain("<img src=x");
        assertThat(day).isNotEmpty();
    }

    @Test
    void aFullMeetingWaitlistsAndMovesUpWhenSomeoneCancelsThenTheFacilitatorCancelsIt() throws Exception {
        long bikes = instance(MeetingsDemoData.BIKES);
        var demo = new Demo(users);
        mvc.perform(form(
                                "/meetings/" + bikes,
                                "Un posto solo",
                                "kind",
                                "hybrid",
                                "onlineLink",
                                "https://meet.example.org/un-posto",
                                "capacity",
                                "1")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound());
        long m = meeting("Un posto solo");
        String base = "/meetings/" + bikes + "/meeting/" + m;
        mvc.perform(post(base + "/register").with(csrf()).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isFound());
        // The parent is no member of the bikes initiative, but it is public: anyone signed in registers.
        mvc.perform(post(base + "/register").with(csrf()).with(demo.as(Demo.PARENT)))
                .andExpect(status().isFound());
        mvc.perform(post(base + "/register").with(csrf()).with(demo.as(Demo.PARENT)))
                .andExpect(status().is(422));
        assertThat(page(base, Demo.PARENT))
                .contains("Sei in lista d’attesa")
                .doesNotContain("meet.example.org/un-posto");
        assertThat(page(base, Demo.CITIZEN)).contains("Hai un posto").contains("https://meet.example.org/un-posto");
        assertThat(Ics.parse(mvc.perform(get(base + ".ics").with(demo.as(Demo.PARENT)))
                                .andReturn()
                                .getResponse()
                                .getContentAsString())
                        .events()
                        .get(0)
                        .location())
                .doesNotContain("un-posto");
        mvc.perform(post(base + "/unregister").with(csrf()).with(demo.as(Demo.CITIZEN)))
                .andExpect(status().isFound());
        assertThat(page(base, Demo.PARENT)).contains("Hai un posto").contains("https://meet.example.org/un-posto");
        long parent = count("SELECT id FROM app_user WHERE email = ?", Demo.PARENT);
        assertThat(count(
                        "SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = 'meeting' AND link = ?",
                        parent,
                        base))
                .isEqualTo(1);
        // The facilitator changes it (SEQUENCE 1), then cancels it (SEQUENCE 2, STATUS:CANCELLED); the parent is told.
        mvc.perform(form(
                                base + "/edit",
                                "Un posto solo",
                                "kind",
                                "hybrid",
                                "onlineLink",
                                "https://meet.example.org/un-posto",
                                "capacity",
                                "1",
                                "startTime",
                                "18:00")
                        .with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound());
        mvc.perform(post(base + "/cancel").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().isFound());
        mvc.perform(post(base + "/cancel").with(csrf()).with(demo.as(Demo.PARKS_OFFICER)))
                .andExpect(status().is(422));
        var event = Ics.parse(mvc.perform(get(base + ".ics"))
                        .andReturn()
                        .getResponse()
                        .getContentAsString())
                .events()
                .get(0);
        assertThat(event.status()).isEqualTo("CANCELLED");
        assertThat(event.sequence()).isEqualTo(2);
        assertThat(event.startLocal().toLocalTime()).hasToString("18:00");
        assertThat(count(
                        "SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = 'meeting' AND link = ?",
                        parent,
                        base))
                .isEqualTo(3);
        assertThat(page(base, Demo.PARENT)).contains("Questo incontro è stato annullato");
        mvc.perform(post(base + "/register").with(csrf()).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(status().is(422));
    }

    @Test
    void aPersonalFeedOpensWithItsTokenOnlyUntilRenewedOrRevoked() throws Exception {
        var demo = new Demo(users);
        String shown = mvc.perform(post("/meetings/calendar").with(csrf()).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var found = java.util.regex.Pattern.compile(
                        "/meetings/calendar/(" + org.cocrea.platform.SecretTokens.PATTERN + ")\\.ics")
                .matcher(shown);
        assertThat(found.find()).as("the address is shown once").isTrue();
        String token = found.group(1);
        assertThat(page("/meetings/calendar", Demo.VOLUNTEER)).doesNotContain(token);
        var feed = mvc.perform(get("/meetings/calendar/" + token + ".ics"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(feed.getHeader("Cache-Control")).contains("no-store");
        assertThat(Ics.parse(feed.getContentAsString()).events())
                .extracting(Ics.Event::summary)
                .contains("Passeggiata e laboratorio sui percorsi ciclabili")
                .doesNotContain("Laboratorio: le esperienze delle famiglie"); // waitlisted there: no place
        mvc.perform(get("/meetings/calendar/" + token.substring(1) + "x.ics")).andExpect(status().isNotFound());
        var renewed = java.util.regex.Pattern.compile(
                        "/meetings/calendar/(" + org.cocrea.platform.SecretTokens.PATTERN + ")\\.ics")
                .matcher(mvc.perform(post("/meetings/calendar").with(csrf()).with(demo.as(Demo.VOLUNTEER)))
                        .andReturn()
                        .getResponse()
                        .getContentAsString());
        assertThat(renewed.find()).isTrue();
        String second = renewed.group(1);
        mvc.perform(get("/meetings/calendar/" + token + ".ics")).andExpect(status().isNotFound());
        mvc.perform(get("/meetings/calendar/" + second + ".ics")).andExpect(status().isOk());
        mvc.perform(post("/meetings/calendar/revoke").with(csrf()).with(demo.as(Demo.VOLUNTEER)))
                .andExpect(status().isFound());
        mvc.perform(get("/meetings/calendar/" + second + ".ics")).andExpect(status().isNotFound());
        assertThat(count(
                        "SELECT COUNT(*) FROM meeting_calendar_token WHERE token_hash = ?",
                        org.cocrea.platform.SecretTokens.hash(second)))
                .isZero();
    }
}
