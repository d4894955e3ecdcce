package org.cocrea.shifts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.regex.Pattern;
import org.cocrea.testing.Demo;
import org.cocrea.testing.WebTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The shifts pages on the demo: what each person reads (phone numbers and minors only for the coordinator), the
 * refusals with the form kept and nothing stored, the waitlist moving up with its notification, check-in and hours,
 * "my shifts", the certificate and the private feed.
 */
@WebTest
class ShiftsWebTest {
    static final ZoneId ROME = ZoneId.of("Europe/Rome");

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    UserDetailsService users;

    private long instance(String title) {
        return jdbc.sql("""
                SELECT t.id FROM tool_instance t JOIN initiative i ON i.id = t.initiative_id
                WHERE i.title = :title AND t.tool_id = 'shifts' ORDER BY t.id FETCH FIRST 1 ROWS ONLY
                """).param("title", title).query(Long.class).single();
    }

    private long count(String sql, Object... params) {
        var q = jdbc.sql(sql);
        for (Object p : params) {
            q = q.param(p);
        }
        return q.query(Long.class).single();
    }

    private long person(String email) {
        return count("SELECT id FROM app_user WHERE email = ?", email);
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

    private MockHttpServletRequestBuilder as(MockHttpServletRequestBuilder r, String email) {
        return r.with(csrf()).with(new Demo(users).as(email));
    }

    private String refused(MockHttpServletRequestBuilder r, String email) throws Exception {
        return mvc.perform(as(r, email))
                .andExpect(status().is(422))
                .andReturn()
                .getResponse()
                .getContentAsString();
    }

    private long demoShift(String place, String where) {
        return count(
                "SELECT MIN(s.id) FROM shift s JOIN shift_activity a ON a.id = s.activity_id WHERE s.place = ? AND "
                        + where,
                place);
    }

    /** An activity and one shift today from 00:00 to 23:59 (started, so people can be checked in), by the teacher. */
    private long[] ownShift(String title, int max, boolean minors) throws Exception {
        long school = instance("Scuola inclusiva");
        var created = mvc.perform(as(post("/shifts/" + school), Demo.TEACHER)
                        .param("title", title)
                        .param("description", "")
                        .param("briefing", "")
                        .param("safety", "")
                        .param("skills", "")
                        .param("minorsAllowed", minors ? "yes" : ""))
                .andExpect(status().is3xxRedirection())
                .andReturn()
                .getResponse()
                .getRedirectedUrl();
        long activity = Long.parseLong(created.substring(created.lastIndexOf('/') + 1));
        mvc.perform(as(post("/shifts/" + school + "/activity/" + activity + "/shifts"), Demo.TEACHER)
                        .param("date", LocalDate.now(ROME).toString())
                        .param("startTime", "00:00")
                        .param("endTime", "23:59")
                        .param("place", "Aula " + title)
                        .param("latitude", "")
                        .param("longitude", "")
                        .param("minPeople", "1")
                        .param("maxPeople", String.valueOf(max))
                        .param("repeatUntil", ""))
                .andExpect(status().is3xxRedirection());
        long shift = count("SELECT MAX(id) FROM shift WHERE activity_id = ?", activity);
        return new long[] {school, activity, shift};
    }

    private long signupOf(long shift, String email) {
        return count(
                "SELECT id FROM shift_signup WHERE shift_id = ? AND person_id = ? AND minor_name = ''",
                shift,
                person(email));
    }

    @Test
    void theDemoShowsActivitiesShiftsAndShortStaffingToTheCoordinatorOnly() throws Exception {
        long school = instance("Scuola inclusiva");
        String teacher = page("/shifts/" + school, Demo.TEACHER);
        assertThat(teacher).contains("Laboratorio di lettura del martedì", "Turni con poche persone");
        String parent = page("/shifts/" + school, Demo.PARENT);
        assertThat(parent).contains("Laboratorio di lettura del martedì").doesNotContain("Turni con poche persone");
        // A group initiative: outsiders and visitors are not told it exists.
        mvc.perform(get("/shifts/" + school).with(new Demo(users).as(Demo.VOLUNTEER)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/shifts/" + school)).andExpect(status().isNotFound());

        long activity = count(
                "SELECT id FROM shift_activity WHERE tool_instance_id = ? AND title = ?",
                school,
                "Laboratorio di lettura del martedì");
        assertThat(page("/shifts/" + school + "/activity/" + activity, Demo.PARENT))
                .contains("Istruzioni", "Note di sicurezza", "Lettura ad alta voce", "in attesa");

        // The full shift: the teacher holds the place, the parent waits; only the coordinator sees the phone.
        long full = count("SELECT s.id FROM shift s WHERE s.activity_id = ? AND s.max_people = 1", activity);
        String roster = page("/shifts/" + school + "/shift/" + full, Demo.TEACHER);
        assertThat(roster).contains("Chi viene", "Elena Ferrari", "+39 333 123 4567", "In attesa, numero 2");
        String mine = page("/shifts/" + school + "/shift/" + full, Demo.PARENT);
        assertThat(mine).contains("Sei in lista d’attesa").doesNotContain("Chi viene");
        assertThat(mine).doesNotContain("Marco Verdi</th>");

        // The public cleaning day: anyone reads it, nobody but its coordinator sees who comes.
        long bikes = instance("Percorsi ciclabili del quartiere");
        long morning = demoShift("Parco Nord, ingresso di via Verdi", "a.tool_instance_id = " + bikes);
        String visitor = page("/shifts/" + bikes + "/shift/" + morning, null);
        assertThat(visitor)
                .contains("Giornata di pulizia", "Accedi per iscriverti")
                .doesNotContain("+39 347", "Davide");
        String citizen = page("/shifts/" + bikes + "/shift/" + morning, Demo.PARENT);
        assertThat(citizen)
                .contains("Iscriviti a questo turno", "Nome del minorenne")
                .doesNotContain("+39 347");
        assertThat(page("/shifts/" + bikes + "/shift/" + morning, Demo.PARKS_OFFICER))
                .contains("+39 347 765 4321");
    }

    @Test
    void aParentWaitsMovesUpIsCheckedInAndTheHoursAreChecked() throws Exception {
        var ids = ownShift("Prova attesa", 1, true);
        String base = "/shifts/" + ids[0] + "/shift/" + ids[2];
        mvc.perform(as(post(base + "/signup"), Demo.TEACHER).param("phone", "").param("minorName", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(as(post(base + "/signup"), Demo.PARENT).param("phone", "0612345678"))
                .andExpect(status().is3xxRedirection())
                .andExpect(r -> assertThat(r.getFlashMap().get("notice")).isEqualTo("shifts.waitlisted"));
        // Twice is refused, with the reason.
        assertThat(refused(post(base + "/signup").param("phone", ""), Demo.PARENT))
                .contains("Sei già iscritto");
        // The teacher cancels: the parent moves up and is told.
        long teacherSignup = signupOf(ids[2], Demo.TEACHER);
        mvc.perform(as(post(base + "/cancel"), Demo.TEACHER).param("signup", String.valueOf(teacherSignup)))
                .andExpect(status().is3xxRedirection());
        long parentSignup = signupOf(ids[2], Demo.PARENT);
        assertThat(count("SELECT COUNT(*) FROM shift_signup WHERE id = ? AND status = 'registered'", parentSignup))
                .isEqualTo(1);
        assertThat(count(
                        "SELECT COUNT(*) FROM notification WHERE person_id = ? AND kind = 'shift' AND link = ?",
                        person(Demo.PARENT),
                        base))
                .isEqualTo(1);
        // Cancelling someone else's sign-up is refused.
        assertThat(refused(post(base + "/cancel").param("signup", String.valueOf(parentSignup)), Demo.TEACHER))
                .contains("Non c’è questa iscrizione");

        // Hours before the check-in: refused.
        assertThat(refused(
                        post(base + "/hours")
                                .param("signup", String.valueOf(parentSignup))
                                .param("hours", "2"),
                        Demo.TEACHER))
                .contains("Le ore contano solo per chi ha l’entrata registrata");
        mvc.perform(as(post(base + "/attendance"), Demo.TEACHER)
                        .param("signup", String.valueOf(parentSignup))
                        .param("action", "check-in"))
                .andExpect(status().is3xxRedirection());
        assertThat(count("SELECT hours_revision FROM shift_signup WHERE id = ?", parentSignup))
                .isEqualTo(1);
        for (var bad :
                new String[][] {{"-2", "non possono essere negative"}, {"25", "più di 24 ore"}, {"tre", "come numero"}
                }) {
            assertThat(refused(
                            post(base + "/hours")
                                    .param("signup", String.valueOf(parentSignup))
                                    .param("hours", bad[0]),
                            Demo.TEACHER))
                    .as(bad[0])
                    .contains(bad[1]);
        }
        assertThat(count("SELECT hours_revision FROM shift_signup WHERE id = ?", parentSignup))
                .isEqualTo(1);
        mvc.perform(as(post(base + "/hours"), Demo.TEACHER)
                        .param("signup", String.valueOf(parentSignup))
                        .param("hours", "2,5"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(
                        "SELECT COUNT(*) FROM shift_signup WHERE id = ? AND hours = 2.5 AND hours_revision = 2",
                        parentSignup))
                .isEqualTo(1);
        // An unknown action or another shift's sign-up is refused, not acted on.
        assertThat(refused(
                        post(base + "/attendance")
                                .param("signup", String.valueOf(parentSignup))
                                .param("action", "x"),
                        Demo.TEACHER))
                .contains("Scegli entrata");
        assertThat(refused(
                        post(base + "/attendance").param("signup", "999999999").param("action", "check-in"),
                        Demo.TEACHER))
                .contains("Non c’è questa iscrizione");

        // My shifts: the hours and the certificate.
        assertThat(page("/shifts/mine", Demo.PARENT)).contains("Prova attesa", "I miei turni");
        var pdf = mvc.perform(get("/shifts/mine/certificate.pdf").with(new Demo(users).as(Demo.PARENT)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
        assertThat(pdf.getContentType()).isEqualTo("application/pdf");
        assertThat(pdf.getHeader("Cache-Control")).contains("no-store");
        assertThat(new String(pdf.getContentAsByteArray(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void badInputIsRefusedWithTheFormKeptAndNothingStored() throws Exception {
        var ids = ownShift("Prova errori", 5, false);
        String base = "/shifts/" + ids[0] + "/shift/" + ids[2];
        long before = count("SELECT COUNT(*) FROM shift_signup WHERE shift_id = ?", ids[2]);
        assertThat(refused(post(base + "/signup").param("phone", "call me <b>now</b>"), Demo.PARENT))
                .contains("Scrivi un numero di telefono", "value=\"call me &lt;b>now&lt;/b>\"")
                .doesNotContain("<b>now");
        assertThat(refused(post(base + "/signup").param("phone", "").param("minorName", "Giulia"), Demo.PARENT))
                .contains("non possono partecipare minorenni");
        assertThat(count("SELECT COUNT(*) FROM shift_signup WHERE shift_id = ?", ids[2]))
                .isEqualTo(before);

        // Minors: only with the guardian's consent where the activity allows them; seen only by the coordinator.
        var minors = ownShift("Prova minori", 5, true);
        String kids = "/shifts/" + minors[0] + "/shift/" + minors[2];
        assertThat(refused(post(kids + "/signup").param("minorName", "Giulia").param("consent", ""), Demo.PARENT))
                .contains("spunta il consenso", "Giulia");
        mvc.perform(as(post(kids + "/signup"), Demo.PARENT)
                        .param("phone", "")
                        .param("minorName", "Giulia")
                        .param("consent", "yes"))
                .andExpect(status().is3xxRedirection());
        assertThat(count(
                        "SELECT COUNT(*) FROM shift_signup WHERE shift_id = ? AND minor_name = 'Giulia'"
                                + " AND consent_by = ? AND consent_at IS NOT NULL",
                        minors[2],
                        person(Demo.PARENT)))
                .isEqualTo(1);
        assertThat(page(kids, Demo.TEACHER))
                .contains("Giulia (minorenne, iscritto da Elena Ferrari)", "Consenso dato da");
        assertThat(page(kids, Demo.PARENT)).contains("Giulia è iscritto");

        // The shift form: every problem at once, the values kept, nothing stored.
        long shifts = count("SELECT COUNT(*) FROM shift WHERE activity_id = ?", ids[1]);
        String form = refused(
                post("/shifts/" + ids[0] + "/activity/" + ids[1] + "/shifts")
                        .param("date", "2026-02-30")
                        .param("startTime", "9")
                        .param("endTime", "12:00")
                        .param("place", "Cortile <script>")
                        .param("latitude", "100")
                        .param("longitude", "9")
                        .param("minPeople", "5")
                        .param("maxPeople", "2")
                        .param("repeatUntil", ""),
                Demo.TEACHER);
        assertThat(form)
                .contains("Scrivi una data", "Scrivi un orario", "Scrivi una latitudine", "Il minimo non può superare")
                .contains("value=\"Cortile &lt;script>\"")
                .doesNotContain("Cortile <script>");
        assertThat(count("SELECT COUNT(*) FROM shift WHERE activity_id = ?", ids[1]))
                .isEqualTo(shifts);
        assertThat(refused(
                        post("/shifts/" + ids[0]).param("title", "").param("briefing", "x".repeat(20_001)),
                        Demo.TEACHER))
                .contains("Scrivi un titolo", "Scrivi al massimo");
        // A weekly series: one row per week.
        mvc.perform(as(post("/shifts/" + ids[0] + "/activity/" + ids[1] + "/shifts"), Demo.TEACHER)
                        .param("date", LocalDate.now(ROME).plusDays(7).toString())
                        .param("startTime", "16:30")
                        .param("endTime", "18:00")
                        .param("place", "Biblioteca")
                        .param("minPeople", "1")
                        .param("maxPeople", "4")
                        .param("repeatUntil", LocalDate.now(ROME).plusDays(35).toString()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("SELECT COUNT(*) FROM shift WHERE activity_id = ? AND place = 'Biblioteca'", ids[1]))
                .isEqualTo(5);
    }

    @Test
    void thePrivateFeedListsThePersonsPlacesUntilRevoked() throws Exception {
        String made = mvc.perform(as(post("/shifts/mine/calendar"), Demo.VOLUNTEER))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        var m = Pattern.compile("/shifts/calendar/([A-Za-z0-9_-]{43})\\.ics").matcher(made);
        assertThat(m.find()).isTrue();
        String path = "/shifts/calendar/" + m.group(1) + ".ics";
        var feed = mvc.perform(get(path)).andExpect(status().isOk()).andReturn().getResponse();
        assertThat(feed.getContentType()).startsWith("text/calendar");
        String ics = feed.getContentAsString();
        assertThat(ics).contains("BEGIN:VCALENDAR", "BEGIN:VEVENT", "Giornata di pulizia", "TZID=Europe/Rome");
        assertThat(ics).doesNotContain("Elena Ferrari");
        mvc.perform(as(post("/shifts/mine/calendar/revoke"), Demo.VOLUNTEER)).andExpect(status().is3xxRedirection());
        mvc.perform(get(path)).andExpect(status().isNotFound());
    }
}
