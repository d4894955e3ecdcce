package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Indicators in the co-assessment of two demo initiatives, tied to the objectives they declared. "Scuola inclusiva"
 * (effectiveness): children taking part in the inclusive workshops and absences on workshop days, from the start of
 * the school year. "Percorsi ciclabili del quartiere" (effectiveness): cyclists counted a day on via Roma and
 * dangers reported a month, with readings before and after the protected lane opened three weeks ago (the rating
 * tool's demo tells the same story in faces).
 */
@Component
class IndicatorsDemoData implements DemoSeed {
    static final String SCHOOL = "Scuola inclusiva";
    static final String BIKES = "Percorsi ciclabili del quartiere";
    static final String CYCLISTS = "Ciclisti contati al giorno in via Roma";

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final IndicatorRepository indicators;
    private final CocreaSettings settings;

    IndicatorsDemoData(
            DemoMode demo,
            Initiatives initiatives,
            Accounts accounts,
            IndicatorRepository indicators,
            CocreaSettings settings) {
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.indicators = indicators;
        this.settings = settings;
    }

    @Override
    @Transactional
    public void seed() {
        if (!demo.claimed() || indicators.count() > 0) {
            return;
        }
        var today = LocalDate.now(settings.timeZone());
        var teacher =
                accounts.personByEmail("teacher@example.org").map(Person::id).orElse(null);
        var officer = accounts.personByEmail("parks.officer@example.org")
                .map(Person::id)
                .orElse(null);
        initiatives
                .addToolForDemo(SCHOOL, Phase.CO_ASSESSMENT, IndicatorsTool.ID)
                .ifPresent(school -> {
                    long children = add(
                            school.id(),
                            teacher,
                            "Bambini che partecipano ai laboratori inclusivi",
                            "bambini a settimana",
                            Direction.HIGHER,
                            "12",
                            today.minusDays(150),
                            "30",
                            today.plusDays(120),
                            "Registro delle presenze dei laboratori",
                            "Bambini diversi presenti almeno una volta nella settimana, contati il venerdì.");
                    read(children, "16", today.minusDays(100), "Dopo l’apertura dell’aula calma", teacher);
                    read(children, "21", today.minusDays(60), "", teacher);
                    read(children, "25", today.minusDays(20), "Laboratorio spostato al giovedì", teacher);
                    long absences = add(
                            school.id(),
                            teacher,
                            "Assenze nei giorni di laboratorio",
                            "% di assenze",
                            Direction.LOWER,
                            "18",
                            today.minusDays(150),
                            "8",
                            today.plusDays(120),
                            "Registro elettronico",
                            "Assenze dei bambini con bisogni educativi speciali nei giorni di laboratorio, sul totale.");
                    read(absences, "15", today.minusDays(90), "", teacher);
                    read(absences, "12", today.minusDays(30), "", teacher);
                    initiatives.touch(school.initiativeId());
                });
        initiatives
                .addToolForDemo(BIKES, Phase.CO_ASSESSMENT, IndicatorsTool.ID)
                .ifPresent(bikes -> {
                    long cyclists = add(
                            bikes.id(),
                            officer,
                            CYCLISTS,
                            "ciclisti al giorno",
                            Direction.HIGHER,
                            "120",
                            today.minusDays(120),
                            "200",
                            today.plusDays(240),
                            "Conteggio manuale dei volontari",
                            "Ciclisti contati tra le 7 e le 19 di un martedì, all’incrocio con via Garibaldi.");
                    read(cyclists, "118", today.minusDays(90), "Prima della corsia protetta", officer);
                    read(cyclists, "125", today.minusDays(45), "Prima della corsia protetta", officer);
                    read(cyclists, "152", today.minusDays(14), "Corsia protetta aperta", officer);
                    read(cyclists, "163", today.minusDays(3), "", officer);
                    long dangers = add(
                            bikes.id(),
                            officer,
                            "Pericoli segnalati al mese",
                            "segnalazioni al mese",
                            Direction.LOWER,
                            "14",
                            today.minusDays(120),
                            "4",
                            today.plusDays(240),
                            "Segnalazioni dei residenti sulla mappa e all’URP",
                            "Segnalazioni di pericolo sui percorsi ciclabili ricevute nel mese.");
                    read(dangers, "15", today.minusDays(90), "Prima della corsia protetta", officer);
                    read(dangers, "13", today.minusDays(60), "", officer);
                    read(dangers, "8", today.minusDays(28), "Corsia protetta aperta", officer);
                    read(dangers, "6", today.minusDays(3), "", officer);
                    // Read from the contribution ledger with "take a reading now": the residents' hours on the
                    // cleaning days and in the river path's pact (the key names the ledger's measure, ADR 0022).
                    long hours = add(
                            bikes.id(),
                            officer,
                            "Ore dei residenti nella cura dei percorsi",
                            "ore",
                            Direction.HIGHER,
                            "0",
                            today.minusDays(120),
                            "300",
                            today.plusDays(240),
                            "Registro dei contributi",
                            "Ore registrate dai residenti nei turni e nei resoconti del patto di collaborazione.",
                            "ledger:citizen-hours:" + bikes.initiativeId());
                    initiatives.touch(bikes.initiativeId());
                });
    }

    private long add(
            long instance,
            Long by,
            String name,
            String unit,
            Direction direction,
            String baseline,
            LocalDate baselineOn,
            String target,
            LocalDate targetOn,
            String source,
            String method) {
        return add(instance, by, name, unit, direction, baseline, baselineOn, target, targetOn, source, method, null);
    }

    private long add(
            long instance,
            Long by,
            String name,
            String unit,
            Direction direction,
            String baseline,
            LocalDate baselineOn,
            String target,
            LocalDate targetOn,
            String source,
            String method,
            String measureKey) {
        return indicators.create(
                new Indicator(
                        0,
                        instance,
                        Objective.EFFECTIVENESS,
                        name,
                        unit,
                        direction,
                        new BigDecimal(baseline),
                        baselineOn,
                        new BigDecimal(target),
                        targetOn,
                        source,
                        method,
                        measureKey),
                by,
                OffsetDateTime.now(ZoneOffset.UTC));
    }

    private void read(long indicator, String value, LocalDate on, String note, Long by) {
        var v = new BigDecimal(value);
        // The indicator is read back to compute the progress the reading stores, as the service does.
        var stored = indicators.findById(indicator).orElseThrow();
        indicators.addReading(
                indicator,
                new IndicatorRepository.NewReading(
                        v, on, note, stored.progress(v).raw(), null, null),
                by,
                OffsetDateTime.now(ZoneOffset.UTC));
    }
}
