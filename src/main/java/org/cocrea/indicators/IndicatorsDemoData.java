package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
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
                    add(
                            school.id(),
                            teacher,
                            today,
                            null,
                            new Shown(
                                    "Bambini che partecipano ai laboratori inclusivi",
                                    "bambini a settimana",
                                    Direction.HIGHER,
                                    "12 -150 | 30 120",
                                    "Registro delle presenze dei laboratori",
                                    "Bambini diversi presenti almeno una volta nella settimana, contati il venerdì.",
                                    List.of(
                                            "16 -100 Dopo l’apertura dell’aula calma",
                                            "21 -60",
                                            "25 -20 Laboratorio spostato al giovedì")));
                    add(
                            school.id(),
                            teacher,
                            today,
                            null,
                            new Shown(
                                    "Assenze nei giorni di laboratorio",
                                    "% di assenze",
                                    Direction.LOWER,
                                    "18 -150 | 8 120",
                                    "Registro elettronico",
                                    "Assenze dei bambini con bisogni educativi speciali nei giorni di laboratorio, sul totale.",
                                    List.of("15 -90", "12 -30")));
                    initiatives.touch(school.initiativeId());
                });
        initiatives
                .addToolForDemo(BIKES, Phase.CO_ASSESSMENT, IndicatorsTool.ID)
                .ifPresent(bikes -> {
                    String before = "Prima della corsia protetta";
                    String opened = "Corsia protetta aperta";
                    add(
                            bikes.id(),
                            officer,
                            today,
                            null,
                            new Shown(
                                    CYCLISTS,
                                    "ciclisti al giorno",
                                    Direction.HIGHER,
                                    "120 -120 | 200 240",
                                    "Conteggio manuale dei volontari",
                                    "Ciclisti contati tra le 7 e le 19 di un martedì, all’incrocio con via Garibaldi.",
                                    List.of("118 -90 " + before, "125 -45 " + before, "152 -14 " + opened, "163 -3")));
                    add(
                            bikes.id(),
                            officer,
                            today,
                            null,
                            new Shown(
                                    "Pericoli segnalati al mese",
                                    "segnalazioni al mese",
                                    Direction.LOWER,
                                    "14 -120 | 4 240",
                                    "Segnalazioni dei residenti sulla mappa e all’URP",
                                    "Segnalazioni di pericolo sui percorsi ciclabili ricevute nel mese.",
                                    List.of("15 -90 " + before, "13 -60", "8 -28 " + opened, "6 -3")));
                    // Read from the contribution ledger with "take a reading now": the residents' hours on the
                    // cleaning days and in the river path's pact (the key names the ledger's measure, ADR 0022).
                    add(
                            bikes.id(),
                            officer,
                            today,
                            "ledger:citizen-hours:" + bikes.initiativeId(),
                            new Shown(
                                    "Ore dei residenti nella cura dei percorsi",
                                    "ore",
                                    Direction.HIGHER,
                                    "0 -120 | 300 240",
                                    "Registro dei contributi",
                                    "Ore registrate dai residenti nei turni e nei resoconti del patto di collaborazione.",
                                    List.of()));
                    initiatives.touch(bikes.initiativeId());
                });
    }

    /**
     * An indicator as the demo shows it, written compactly: {@code span} is "baseline days | target days" (days from
     * today, negative before it), each reading "value days [note]".
     */
    private record Shown(
            String name,
            String unit,
            Direction direction,
            String span,
            String source,
            String method,
            List<String> readings) {}

    private void add(long instance, Long by, LocalDate today, String measureKey, Shown shown) {
        String[] span = shown.span().split("\\s*\\|\\s*");
        String[] baseline = span[0].split(" ");
        String[] target = span[1].split(" ");
        long id = indicators.create(
                new Indicator(
                        0,
                        instance,
                        Objective.EFFECTIVENESS,
                        shown.name(),
                        shown.unit(),
                        shown.direction(),
                        new BigDecimal(baseline[0]),
                        today.plusDays(Integer.parseInt(baseline[1])),
                        new BigDecimal(target[0]),
                        today.plusDays(Integer.parseInt(target[1])),
                        shown.source(),
                        shown.method(),
                        measureKey),
                by,
                OffsetDateTime.now(ZoneOffset.UTC));
        for (String reading : shown.readings()) {
            String[] parts = reading.split(" ", 3);
            read(id, parts[0], today.plusDays(Integer.parseInt(parts[1])), parts.length > 2 ? parts[2] : "", by);
        }
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
