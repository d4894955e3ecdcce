package org.cocrea.meetings;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's meetings, in Italian as the municipality would write them: in "Scuola inclusiva" (co-design) a past
 * workshop with attendance and minutes and a coming one, full, with a waitlist and answers to its question; in
 * "Percorsi ciclabili del quartiere" (co-design) a public workshop in the park, with its iCalendar file.
 */
@Component
class MeetingsDemoData implements DemoSeed {
    static final String SCHOOL = "Scuola inclusiva";
    static final String BIKES = "Percorsi ciclabili del quartiere";
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final MeetingRepository meetings;
    private final MeetingService service;
    private final CocreaSettings settings;

    MeetingsDemoData(
            Initiatives initiatives,
            Accounts accounts,
            MeetingRepository meetings,
            MeetingService service,
            CocreaSettings settings) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.meetings = meetings;
        this.service = service;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void seed() {
        if (meetings.count() > 0) {
            return;
        }
        instance(SCHOOL, "teacher@example.org").ifPresent(this::school);
        instance(BIKES, "parks.officer@example.org").ifPresent(this::bikes);
    }

    /** A new meetings instance in the initiative's co-design phase, found through the updates tool there. */
    private Optional<ToolInstance> instance(String title, String facilitator) {
        var person = accounts.personByEmail(facilitator).orElse(null);
        if (person == null) {
            return Optional.empty();
        }
        return initiatives.addToolForDemo(title, Phase.CO_DESIGN, MeetingsTool.ID);
    }

    private java.time.Instant at(int days, int hour) {
        return LocalDate.now(settings.timeZone())
                .plusDays(days)
                .atTime(LocalTime.of(hour, 0))
                .atZone(settings.timeZone())
                .toInstant();
    }

    private void register(long meeting, String email, String answer) {
        accounts.personByEmail(email).map(Person::id).ifPresent(p -> service.register(meeting, p, answer));
    }

    private void school(ToolInstance instance) {
        long past = meetings.create(
                instance.id(),
                new MeetingRepository.Fields(
                        "Laboratorio: le esperienze delle famiglie",
                        "Genitori e insegnanti raccontano che cosa ha funzionato in classe e a casa.",
                        Meeting.IN_PERSON,
                        "Scuola primaria Gianni Rodari, aula magna, via Roma 12",
                        new BigDecimal("45.464200"),
                        new BigDecimal("9.190000"),
                        null,
                        at(-7, 17),
                        at(-7, 19),
                        "1. Presentazioni\n2. Racconti delle famiglie\n3. Buone pratiche da provare",
                        2,
                        null));
        register(past, "parent@example.org", null);
        register(past, "teacher@example.org", null);
        register(past, "volunteer@example.org", null);
        var present = new java.util.HashSet<Long>();
        accounts.personByEmail("parent@example.org").map(Person::id).ifPresent(present::add);
        accounts.personByEmail("teacher@example.org").map(Person::id).ifPresent(present::add);
        meetings.recordAttendance(past, present);
        meetings.saveMinutes(past, """
                ## Verbale
                Presenti: 2 persone. Sono emerse tre proposte:
                - attività in piccoli gruppi con un compagno tutor;
                - una **giornata delle famiglie** a inizio anno;
                - materiali in più lingue.

                Le proposte entrano nella [bozza del piano](/initiatives).""");
        long coming = meetings.create(
                instance.id(),
                new MeetingRepository.Fields(
                        "Laboratorio: progettiamo le attività inclusive",
                        "Dalle proposte del primo laboratorio al calendario delle attività.",
                        Meeting.HYBRID,
                        "Scuola primaria Gianni Rodari, aula magna, via Roma 12",
                        new BigDecimal("45.464200"),
                        new BigDecimal("9.190000"),
                        "https://meet.example.org/scuola-inclusiva",
                        at(10, 17),
                        at(10, 19),
                        "1. Le proposte raccolte\n2. Lavoro in gruppi\n3. Calendario",
                        2,
                        "Di quale supporto hai bisogno per partecipare?"));
        register(coming, "parent@example.org", "Un servizio di baby-sitting durante l’incontro");
        register(coming, "teacher@example.org", null);
        register(coming, "volunteer@example.org", "Nessuno");
        register(coming, "citizen@example.org", "L’interprete LIS");
    }

    private void bikes(ToolInstance instance) {
        long workshop = meetings.create(
                instance.id(),
                new MeetingRepository.Fields(
                        "Passeggiata e laboratorio sui percorsi ciclabili",
                        "Percorriamo insieme il quartiere e disegniamo i tratti da mettere in sicurezza.",
                        Meeting.IN_PERSON,
                        "Parco Nord, ingresso di via Verdi",
                        new BigDecimal("45.470000"),
                        new BigDecimal("9.200000"),
                        null,
                        at(5, 10),
                        at(5, 12),
                        "1. Ritrovo all’ingresso\n2. Passeggiata\n3. Laboratorio sulla mappa",
                        30,
                        null));
        register(workshop, "citizen@example.org", null);
        register(workshop, "volunteer@example.org", null);
    }
}
