package org.cocrea.demodata;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.cocrea.evidence.BulkEvidence;
import org.cocrea.indicators.BulkIndicators;
import org.cocrea.indicators.Direction;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Objective;
import org.springframework.stereotype.Component;

/**
 * Indicators: in the active phase of each generated initiative one or two indicators tied to the objective it
 * declared, a baseline six months ago and a target six months ahead, and a reading a month since the baseline moving
 * toward the target as well as the initiative goes, typed by its owner, through {@link BulkIndicators}; each reading
 * also goes to the evidence tables as its {@code IndicatorRead} would, in the same batch. One batch per initiative.
 */
@Component
class IndicatorsStep implements Step {
    /** What an objective is measured by: name, unit, direction, baseline and the gain (signed) the target asks. */
    private record Kind(String name, String unit, Direction direction, int baseline, int gain) {}

    private static final List<Kind> EFFECTIVENESS = List.of(
            new Kind("Persone raggiunte", "persone", Direction.HIGHER, 40, 60),
            new Kind("Obiettivi dei piani raggiunti", "%", Direction.HIGHER, 30, 40));
    private static final List<Kind> EFFICIENCY = List.of(
            new Kind("Giorni di attesa", "giorni", Direction.LOWER, 30, -20),
            new Kind("Costo per partecipante", "€", Direction.LOWER, 120, -50));
    private static final List<Kind> SATISFACTION = List.of(
            new Kind("Reclami ricevuti", "reclami", Direction.LOWER, 25, -15),
            new Kind("Famiglie che consigliano il servizio", "%", Direction.HIGHER, 50, 30));
    private static final List<Kind> OTHER = List.of(
            new Kind("Segnalazioni risolte", "segnalazioni", Direction.HIGHER, 10, 30),
            new Kind("Incontri pubblici", "incontri", Direction.HIGHER, 2, 8));
    /** The generator acts as a platform administrator to read the generated initiatives' declared objectives. */
    private static final Actor GENERATOR = new Actor(0, "generator", true, false);

    private final BulkIndicators indicators;
    private final BulkEvidence evidence;
    private final Initiatives initiatives;
    private final Batches batches;

    IndicatorsStep(BulkIndicators indicators, BulkEvidence evidence, Initiatives initiatives, Batches batches) {
        this.indicators = indicators;
        this.evidence = evidence;
        this.initiatives = initiatives;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "indicators";
    }

    @Override
    public void run(Run r) {
        int count = r.n.initiatives();
        batches.run(r, name(), count, count, b -> 1, k -> {
            Random random = r.random(name(), k);
            var initiative =
                    initiatives.known(r.initiativeIds.get(k), GENERATOR).orElseThrow();
            Objective objective = initiative.objectives().iterator().next();
            var kinds = switch (objective) {
                case EFFECTIVENESS -> EFFECTIVENESS;
                case EFFICIENCY -> EFFICIENCY;
                case CUSTOMER_SATISFACTION -> SATISFACTION;
                default -> OTHER;
            };
            // How far toward the target the initiative gets by today: from -20% (worse) to 120%.
            double reach = (Assessed.quality(r, k) - 1) * 0.3 - 0.2 + random.nextDouble() * 0.2;
            LocalDate baselineOn = r.today.minusDays(180);
            var list = new ArrayList<BulkIndicators.NewIndicator>();
            for (int n = 0; n < 1 + random.nextInt(2); n++) {
                Kind kind = kinds.get(n);
                int baseline = kind.baseline() + random.nextInt(1 + kind.baseline() / 4);
                var readings = new ArrayList<BulkIndicators.NewReading>();
                int months = 3 + random.nextInt(4);
                for (int m = 1; m <= months; m++) {
                    double value = baseline + kind.gain() * reach * m / months + (random.nextDouble() - 0.5);
                    readings.add(new BulkIndicators.NewReading(
                            BigDecimal.valueOf(Math.max(0, Math.round(value))),
                            baselineOn.plusDays(30L * m),
                            m == months ? "Ultima rilevazione." : ""));
                }
                list.add(new BulkIndicators.NewIndicator(
                        objective,
                        kind.name(),
                        kind.unit(),
                        kind.direction(),
                        BigDecimal.valueOf(baseline),
                        baselineOn,
                        BigDecimal.valueOf(baseline + kind.gain()),
                        r.today.plusDays(180),
                        "Registro del servizio",
                        "Conteggio mensile dal registro.",
                        readings));
            }
            long owner = r.person(k % r.n.professionals());
            evidence.readings(indicators.add(initiative, Assessed.phase(k), owner, list));
        });
    }
}
