package org.cocrea.decision;

import java.time.Duration;
import java.time.OffsetDateTime;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * In the co-design phase of "Scuola inclusiva" (the initiatives module's {@code InitiativesDemoData.SCHOOL}, found,
 * as the other demo votes are, through the updates tool of that phase): an open consent decision on the timetable
 * of the inclusive activities, which the teacher agrees to and a parent blocks with a reason; an earlier sense
 * check, closed, on afternoon workshops; and a consent decision on a calm room, agreed and closed, whose outcome the
 * teacher has still to write (it waits on her personal home).
 */
@Component
class DecisionDemoData implements DemoSeed {
    static final String INITIATIVE = "Scuola inclusiva";
    static final String TEACHER = "teacher@example.org";
    static final String PARENT = "parent@example.org";
    static final String TIMETABLE = "Orario delle attività inclusive";
    static final String BLOCK_REASON = "Il martedì alle 14 molti bambini hanno la terapia al centro di riabilitazione:"
            + " perderebbero proprio il laboratorio pensato per loro. Spostiamolo al giovedì.";
    static final String SENSE = "Laboratori il pomeriggio: vi sembra una buona idea?";
    static final String CALM_ROOM = "L’aula 3 diventa l’aula calma";

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final DecisionRepository decisions;
    private final CocreaSettings settings;

    DecisionDemoData(
            DemoMode demo,
            Initiatives initiatives,
            Accounts accounts,
            DecisionRepository decisions,
            CocreaSettings settings) {
        this.settings = settings;
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.decisions = decisions;
    }

    @Override
    @Transactional
    public void seed() {
        if (!demo.claimed() || decisions.count() > 0) {
            return;
        }
        var teacher = accounts.personByEmail(TEACHER).orElse(null);
        var parent = accounts.personByEmail(PARENT).map(Person::id).orElse(null);
        if (teacher == null || parent == null) {
            return;
        }
        var placed = initiatives.addToolForDemo(INITIATIVE, Phase.CO_DESIGN, DecisionTool.ID);
        if (placed.isEmpty()) {
            return;
        }
        var initiative = java.util.Optional.of(placed.get().initiativeId());
        long instance = placed.get().id();
        var now = DecisionService.now();
        int members = (int) initiatives.roles(initiative.get()).values().stream()
                .filter(DecisionTool.TAKERS::contains)
                .count();

        // Three weeks ago, a quick sense check, closed since.
        var then = now.minus(Duration.ofDays(21));
        long sense = decisions.create(
                instance,
                new DecisionRepository.Draft(Kind.SENSE, SENSE, """
                        Prima di scrivere la proposta vera e propria: spostare i **laboratori inclusivi** dal mattino \
                        al primo pomeriggio, quando le classi sono meno affollate?""", null, then.plusDays(3)),
                teacher.id(),
                then);
        decisions.put(sense, teacher.id(), "agree", "", 1, then.plusHours(2));
        decisions.put(
                sense,
                parent,
                "unsure",
                "Dipende dal giorno: alcuni bambini hanno terapie il pomeriggio.",
                1,
                then.plusDays(1));
        decisions.close(sense, members, then.plusDays(3));

        // Ten days ago, a consent decision agreed by both and closed: the teacher has still to write its outcome.
        var earlier = now.minus(Duration.ofDays(17));
        long calm = decisions.create(
                instance,
                new DecisionRepository.Draft(
                        Kind.CONSENT, CALM_ROOM, """
                        L’aula 3, oggi usata come deposito, diventa un’**aula calma**: luci soffuse, cuscini, \
                        cuffie antirumore. Chi ne ha bisogno ci va con un adulto, senza dover chiedere a voce.""", new Quorum(Quorum.COUNT, 2), now.minus(Duration.ofDays(10))),
                teacher.id(),
                earlier);
        decisions.put(calm, teacher.id(), "agree", "", 1, earlier.plusHours(3));
        decisions.put(calm, parent, "agree", "Ottimo: a casa usiamo già le cuffie.", 1, earlier.plusDays(2));
        decisions.close(calm, members, now.minus(Duration.ofDays(10)));

        // Now, the consent decision on the timetable: the teacher agrees, a parent blocks with a reason.
        var opened = now.minus(Duration.ofDays(2));
        long timetable = decisions.create(
                instance,
                new DecisionRepository.Draft(
                        Kind.CONSENT,
                        TIMETABLE,
                        """
                        Proposta di orario per le attività inclusive del secondo quadrimestre:

                        - **martedì 14:00–15:30**: laboratorio sensoriale, nell’aula calma;
                        - **venerdì 10:30–11:00**: agenda visiva della settimana, in ogni classe.

                        Le famiglie possono partecipare al laboratorio del martedì.""",
                        new Quorum(Quorum.SHARE, 50),
                        atSix(now.plusDays(7), settings.timeZone())),
                teacher.id(),
                opened);
        decisions.put(timetable, teacher.id(), "agree", "", 1, opened.plusHours(1));
        decisions.put(timetable, parent, "block", BLOCK_REASON, 1, opened.plusHours(20));
        initiatives.touch(initiative.get());
    }

    /** 18:00 of that day in the organisation's time zone, so the demo's closing time reads like one a person would choose. */
    private static OffsetDateTime atSix(OffsetDateTime day, java.time.ZoneId zone) {
        return day.atZoneSameInstant(zone)
                .withHour(18)
                .withMinute(0)
                .withSecond(0)
                .withNano(0)
                .toOffsetDateTime();
    }
}
