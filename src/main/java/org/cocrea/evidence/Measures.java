package org.cocrea.evidence;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Phase;

/**
 * The portfolio's and the open data's measures, one value per initiative and phase, computed from the grouped rows
 * of the evidence tables (pure Java, so a unit test checks them on known rows):
 *
 * <ul>
 *   <li>{@code progress}: the mean, over the phase's indicators, of the latest reading's progress toward the target
 *       in per cent (not counted in people: facilitators type the readings);
 *   <li>{@code satisfaction}: the mean of the survey scale answers (1–5 and 1–10) put on 0–100;
 *   <li>{@code nps}: promoters (9–10) minus detractors (0–6) in per cent of the NPS answers;
 *   <li>{@code positive}: the share of positive faces among the quick ratings, in per cent (counted in ratings);
 *   <li>{@code citizen-share}: the citizens' share of the hours contributed, in per cent;
 *   <li>{@code participants}: the people who contributed in the ledger plus the survey's respondents;
 *   <li>{@code gas}: the mean latest summary GAS T-score of the individual plans (ADR 0028);
 *   <li>{@code gas-change}: the mean change of the plans' T-score from their first scoring day to the latest, over
 *       the plans scored on two days or more;
 *   <li>{@code ladder-change}: the mean change of the outcome ladders' mean (1–10) from the first reading to the
 *       latest, over the ladders read on two days or more.
 * </ul>
 *
 * A value from fewer than {@link Evidence#MIN_PEOPLE} people is kept as suppressed, without its value. The plans'
 * measures ({@link #POOLED}) are an individual initiative's, so almost always one person's: each is kept with its
 * value and counted in plans, and only ever shown pooled, the portfolio suppressing a group whose values come from
 * fewer than {@link Evidence#MIN_PEOPLE} plans in all ({@link Aggregation}); the open data leaves them out.
 */
final class Measures {
    static final List<String> ALL = List.of(
            "progress",
            "satisfaction",
            "nps",
            "positive",
            "citizen-share",
            "participants",
            "gas",
            "gas-change",
            "ladder-change");

    /** The individual plans' measures: shown only over groups of at least five plans. */
    static final java.util.Set<String> POOLED = java.util.Set.of("gas", "gas-change", "ladder-change");

    private Measures() {}

    /** One measure of an initiative in a phase; {@code people} 0 when not counted in people. */
    record Value(long initiativeId, Phase phase, String measure, Double value, int people, boolean suppressed) {}

    static List<Value> of(
            List<EvidenceRepository.Latest> latest,
            List<EvidenceRepository.Scales> scales,
            List<EvidenceRepository.Ratings> ratings,
            List<EvidenceRepository.Inputs> inputs,
            List<EvidenceRepository.Respondents> respondents) {
        var out = new ArrayList<Value>();
        record Key(long initiative, Phase phase) {}
        var progress = new LinkedHashMap<Key, List<Double>>();
        for (var l : latest) {
            progress.computeIfAbsent(new Key(l.initiativeId(), l.phase()), k -> new ArrayList<>())
                    .add(l.progress().doubleValue());
        }
        progress.forEach((k, v) -> out.add(new Value(
                k.initiative(),
                k.phase(),
                "progress",
                v.stream().mapToDouble(Double::doubleValue).average().orElseThrow(),
                0,
                false)));
        var satisfaction = new LinkedHashMap<Key, double[]>();
        for (var s : scales) {
            var k = new Key(s.initiativeId(), s.phase());
            switch (s.kind()) {
                case "scale5", "scale10" -> {
                    double top = s.kind().equals("scale5") ? 4 : 9;
                    double[] sum = satisfaction.computeIfAbsent(k, x -> new double[3]);
                    sum[0] += (s.mean() - 1) / top * 100 * s.answers();
                    sum[1] += s.answers();
                    sum[2] = Math.max(sum[2], s.people());
                }
                case "nps" ->
                    out.add(value(
                            k.initiative(),
                            k.phase(),
                            "nps",
                            s.answers() == 0 ? 0 : 100.0 * (s.promoters() - s.detractors()) / s.answers(),
                            s.people()));
                default -> {}
            }
        }
        satisfaction.forEach(
                (k, v) -> out.add(value(k.initiative(), k.phase(), "satisfaction", v[0] / v[1], (int) v[2])));
        for (var r : ratings) {
            out.add(value(r.initiativeId(), r.phase(), "positive", 100.0 * r.positive() / r.count(), r.count()));
        }
        var participants = new LinkedHashMap<Key, Integer>();
        for (var i : inputs) {
            var hours = i.hours();
            if (hours.signum() > 0) {
                out.add(value(
                        i.initiativeId(),
                        i.phase(),
                        "citizen-share",
                        i.citizenHours()
                                .multiply(BigDecimal.valueOf(100))
                                .divide(hours, 4, RoundingMode.HALF_UP)
                                .doubleValue(),
                        i.people()));
            }
            participants.merge(new Key(i.initiativeId(), i.phase()), i.people(), Integer::sum);
        }
        for (var r : respondents) {
            participants.merge(new Key(r.initiativeId(), r.phase()), r.people(), Integer::sum);
        }
        participants.forEach((k, n) -> out.add(value(k.initiative(), k.phase(), "participants", n, n)));
        return out;
    }

    /**
     * The plans' measures of each initiative and phase, counted in plans and not suppressed here: the portfolio pools
     * them and suppresses a group of fewer than five plans.
     */
    static List<Value> outcomes(List<EvidenceRepository.Outcomes> outcomes) {
        var out = new ArrayList<Value>();
        for (var o : outcomes) {
            if ("gas".equals(o.scale())) {
                out.add(new Value(o.initiativeId(), o.phase(), "gas", o.latest(), o.plans(), false));
            }
            // A change only from plans measured on two days or more (EvidenceRepository.Outcomes).
            if (o.changedPlans() > 0) {
                String measure = "gas".equals(o.scale()) ? "gas-change" : "ladder-change";
                out.add(new Value(o.initiativeId(), o.phase(), measure, o.change(), o.changedPlans(), false));
            }
        }
        return out;
    }

    private static Value value(long initiative, Phase phase, String measure, double value, int people) {
        boolean suppressed = people < Evidence.MIN_PEOPLE;
        return new Value(initiative, phase, measure, suppressed ? null : value, people, suppressed);
    }

    /** The values of each initiative by measure, for the open data. */
    static Map<Long, List<Value>> byInitiative(List<Value> values) {
        var out = new LinkedHashMap<Long, List<Value>>();
        values.forEach(v ->
                out.computeIfAbsent(v.initiativeId(), k -> new ArrayList<>()).add(v));
        return out;
    }
}
