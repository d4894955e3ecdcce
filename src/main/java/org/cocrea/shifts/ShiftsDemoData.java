package org.cocrea.shifts;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo's activities, in Italian as the school and the parks department would write them: in "Scuola inclusiva"
 * (co-delivery) a weekly reading workshop with shifts for parents: past ones with check-ins and hours, the teacher (a
 * professional) checked in beside the parent so both sides' hours show, and a coming one full with a waitlist; in
 * "Percorsi ciclabili del quartiere" (co-delivery) a cleaning day on the river path with two shifts.
 */
@Component
class ShiftsDemoData implements DemoSeed {
    static final String SCHOOL = "Scuola inclusiva";
    static final String BIKES = "Percorsi ciclabili del quartiere";
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final ShiftRepository shifts;
    private final ShiftService service;
    private final CocreaSettings settings;

    ShiftsDemoData(
            Initiatives initiatives,
            Accounts accounts,
            ShiftRepository shifts,
            ShiftService service,
            CocreaSettings settings) {
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.shifts = shifts;
        this.service = service;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void seed() {
        if (shifts.countActivities() > 0) {
            return;
        }
        if (accounts.personByEmail("teacher@example.org").isPresent()) {
            initiatives.addToolForDemo(SCHOOL, Phase.CO_DELIVERY, ShiftsTool.ID).ifPresent(i -> school(i.id()));
        }
        if (accounts.personByEmail("parks.officer@example.org").isPresent()) {
            initiatives.addToolForDemo(BIKES, Phase.CO_DELIVERY, ShiftsTool.ID).ifPresent(i -> bikes(i.id()));
        }
    }

    private Instant at(LocalDate day, int hour, int minute) {
        return day.atTime(LocalTime.of(hour, minute))
                .atZone(settings.timeZone())
                .toInstant();
    }

    private Optional<Long> person(String email) {
        return accounts.personByEmail(email).map(Person::id);
    }

    private void signUp(long shift, String email, String phone, Instant when) {
        person(email).ifPresent(p -> service.signUp(shift, p, "", phone, when));
    }

    private void checkIn(long shift, Instant when) {
        for (var r : shifts.signups(shift)) {
            if (r.registered()) {
                service.attendance(r.id(), ShiftService.Attendance.CHECK_IN, when);
            }
        }
    }

    private void school(long instance) {
        long activity = shifts.createActivity(
                instance,
                new ShiftRepository.ActivityFields(
                        "Laboratorio di lettura del martedì",
                        "Ogni martedì pomeriggio genitori e insegnanti leggono ad alta voce con i bambini, in piccoli"
                                + " gruppi, libri scelti anche in **più lingue** e in simboli (CAA).",
                        "Ritrovo in biblioteca dieci minuti prima. La maestra assegna i gruppi e i libri; porta,"
                                + " se puoi, un libro della tua lingua.",
                        "Non si esce dall'edificio con i bambini. Chi ha allergie o esigenze mediche lo segnala"
                                + " alla maestra all'arrivo.",
                        "Lettura ad alta voce, una seconda lingua, pazienza",
                        true));
        var place = "Scuola primaria Gianni Rodari, biblioteca, via Roma 12";
        var lat = new BigDecimal("45.464200");
        var lon = new BigDecimal("9.190000");
        LocalDate today = LocalDate.now(settings.timeZone());
        // The Tuesday of this week, then three weeks back and two ahead: a weekly series as separate shifts.
        LocalDate tuesday = today.with(java.time.DayOfWeek.TUESDAY);
        for (int week = -3; week <= 2; week++) {
            LocalDate day = tuesday.plusWeeks(week);
            Instant start = at(day, 16, 30);
            Instant end = at(day, 18, 0);
            boolean past = end.isBefore(Instant.now());
            long shift = shifts.createShift(
                    activity,
                    new ShiftRepository.ShiftFields(start, end, place, lat, lon, week == 2 ? 1 : 2, week == 2 ? 1 : 3));
            Instant signedUp = start.minus(java.time.Duration.ofDays(6));
            if (week == 2) {
                // Full, with the teacher holding the only place and the parent waiting.
                signUp(shift, "teacher@example.org", null, signedUp);
                signUp(shift, "parent@example.org", "+39 333 123 4567", signedUp.plusSeconds(60));
                continue;
            }
            signUp(shift, "parent@example.org", "+39 333 123 4567", signedUp);
            if (week != 1) {
                signUp(shift, "teacher@example.org", null, signedUp.plusSeconds(60));
            }
            if (past) {
                checkIn(shift, start.plusSeconds(300));
            }
        }
    }

    private void bikes(long instance) {
        long activity = shifts.createActivity(
                instance,
                new ShiftRepository.ActivityFields(
                        "Giornata di pulizia della ciclabile lungo il fiume",
                        "Puliamo insieme il percorso ciclabile lungo il fiume, dal ponte di via Verdi al Parco Nord:"
                                + " rifiuti, rami caduti e segnaletica da liberare.",
                        "Ritrovo all'ingresso del Parco Nord. Il servizio parchi fornisce guanti, pinze e sacchi.",
                        "Indossa scarpe chiuse e guanti. Attenzione alle biciclette in transito: si lavora su un lato"
                                + " alla volta.",
                        "Nessuna in particolare; utile una bicicletta con cestino",
                        true));
        var place = "Parco Nord, ingresso di via Verdi";
        var lat = new BigDecimal("45.470000");
        var lon = new BigDecimal("9.200000");
        LocalDate day = LocalDate.now(settings.timeZone()).plusDays(12);
        long morning = shifts.createShift(
                activity, new ShiftRepository.ShiftFields(at(day, 9, 0), at(day, 12, 0), place, lat, lon, 4, 15));
        shifts.createShift(
                activity, new ShiftRepository.ShiftFields(at(day, 14, 0), at(day, 17, 0), place, lat, lon, 4, 15));
        Instant now = Instant.now();
        signUp(morning, "volunteer@example.org", "+39 347 765 4321", now);
        signUp(morning, "citizen@example.org", null, now.plusSeconds(60));
    }
}
