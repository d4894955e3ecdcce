package org.cocrea.evidence;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;

/**
 * Puts the measures' values into the portfolio's groups (pure Java): the twelve typology cells (an initiative's level
 * and the phase a value comes from), the citizen roles and the objectives an initiative declared, and the bands of
 * each influential factor (the organisation's readiness answers, the citizens' published averages). Each group gets,
 * per measure, the count of values, their median and bootstrap 95% interval. Suppressed values (fewer than five
 * people) are left out; the individual plans' measures, one plan each, are suppressed over a whole group from fewer
 * than five plans (ADR 0028). The filters keep only the initiatives of a cell (and only that phase's values) or of a
 * factor's band; an unknown filter value is ignored.
 */
final class Aggregation {
    /** The organisation's readiness questions, then the citizens' factors, as codes. */
    static final List<String> READINESS =
            List.of("compatibility", "open-attitude", "risk-averse-culture", "incentives");

    static final List<String> CITIZEN =
            List.of("skills", "intrinsic-motivation", "ownership", "social-capital", "risk-aversion");
    static final List<String> BANDS = List.of("low", "middle", "high");

    private Aggregation() {}

    /** The band of a 1–5 answer or average: up to 2.5 low, up to 3.5 middle, above high. */
    static String band(double value) {
        return value <= 2.5 ? "low" : value <= 3.5 ? "middle" : "high";
    }

    /** The factor's value for an initiative, or null when not answered (or withheld, for the citizens'). */
    static Double factor(EvidenceRepository.Scope s, String code) {
        int r = READINESS.indexOf(code);
        if (r >= 0) {
            Integer v = s.readiness()[r];
            return v == null ? null : v.doubleValue();
        }
        int c = CITIZEN.indexOf(code);
        return c >= 0 ? s.citizen()[c] : null;
    }

    static List<Portfolio.Option> cellOptions() {
        var out = new ArrayList<Portfolio.Option>();
        for (Level level : Level.values()) {
            for (Phase phase : Phase.values()) {
                out.add(new Portfolio.Option(
                        level.code() + ":" + phase.code(),
                        "evidence.cell",
                        List.of("evidence.level." + level.code(), "evidence.phase." + phase.code())));
            }
        }
        return out;
    }

    static List<Portfolio.Option> factorOptions() {
        var out = new ArrayList<Portfolio.Option>();
        for (String f : factors()) {
            for (String b : BANDS) {
                out.add(new Portfolio.Option(
                        f + ":" + b, "evidence.factor.band", List.of("evidence.factor." + f, "evidence.band." + b)));
            }
        }
        return out;
    }

    static List<String> factors() {
        var all = new ArrayList<>(READINESS);
        all.addAll(CITIZEN);
        return all;
    }

    static Portfolio portfolio(
            List<EvidenceRepository.Scope> scope,
            List<EvidenceRepository.Code> roles,
            List<EvidenceRepository.Code> objectives,
            List<Measures.Value> values,
            String cellFilter,
            String factorFilter,
            boolean organisationIncluded) {
        String cell = cellOptions().stream().anyMatch(o -> o.value().equals(cellFilter)) ? cellFilter : "";
        String factor = factorOptions().stream().anyMatch(o -> o.value().equals(factorFilter)) ? factorFilter : "";
        Level cellLevel =
                cell.isEmpty() ? null : Level.fromCode(cell.split(":")[0]).orElseThrow();
        Phase cellPhase =
                cell.isEmpty() ? null : Phase.fromCode(cell.split(":")[1]).orElseThrow();

        var kept = new HashMap<Long, EvidenceRepository.Scope>();
        for (var s : scope) {
            if (cellLevel != null && !(s.level().equals(cellLevel.code()) && s.phases()[cellPhase.ordinal()])) {
                continue;
            }
            if (!factor.isEmpty()) {
                String[] fb = factor.split(":");
                Double v = factor(s, fb[0]);
                if (v == null || !band(v).equals(fb[1])) {
                    continue;
                }
            }
            kept.put(s.id(), s);
        }
        var used = values.stream()
                .filter(v -> !v.suppressed() && v.value() != null && kept.containsKey(v.initiativeId()))
                .filter(v -> cellPhase == null || v.phase() == cellPhase)
                .toList();
        var roleOf = codes(roles);
        var objectiveOf = codes(objectives);

        var cells = new ArrayList<Portfolio.Group>();
        for (Level level : Level.values()) {
            for (Phase phase : Phase.values()) {
                int count = (int) kept.values().stream()
                        .filter(s -> s.level().equals(level.code()) && s.phases()[phase.ordinal()])
                        .count();
                cells.add(group(
                        "evidence.cell",
                        List.of("evidence.level." + level.code(), "evidence.phase." + phase.code()),
                        count,
                        used,
                        v -> kept.get(v.initiativeId()).level().equals(level.code()) && v.phase() == phase));
            }
        }
        var byRole = new ArrayList<Portfolio.Group>();
        for (CitizenRole role : CitizenRole.values()) {
            var ids = idsWith(kept.keySet(), roleOf, role.code());
            byRole.add(group(
                    "evidence.role." + role.code(), List.of(), ids.size(), used, v -> ids.contains(v.initiativeId())));
        }
        var byObjective = new ArrayList<Portfolio.Group>();
        for (Objective objective : Objective.values()) {
            var ids = idsWith(kept.keySet(), objectiveOf, objective.code());
            byObjective.add(group(
                    "evidence.objective." + objective.code(),
                    List.of(),
                    ids.size(),
                    used,
                    v -> ids.contains(v.initiativeId())));
        }
        var byFactor = new ArrayList<Portfolio.Group>();
        for (String f : factors()) {
            for (String b : BANDS) {
                var ids = new HashSet<Long>();
                kept.values().forEach(s -> {
                    Double v = factor(s, f);
                    if (v != null && band(v).equals(b)) {
                        ids.add(s.id());
                    }
                });
                byFactor.add(group(
                        "evidence.factor.band",
                        List.of("evidence.factor." + f, "evidence.band." + b),
                        ids.size(),
                        used,
                        v -> ids.contains(v.initiativeId())));
            }
        }
        return new Portfolio(
                kept.size(),
                Measures.ALL,
                cell,
                factor,
                cellOptions(),
                factorOptions(),
                cells,
                byRole,
                byObjective,
                byFactor,
                organisationIncluded);
    }

    private static Map<Long, Set<String>> codes(List<EvidenceRepository.Code> codes) {
        var out = new HashMap<Long, Set<String>>();
        codes.forEach(
                c -> out.computeIfAbsent(c.initiativeId(), k -> new HashSet<>()).add(c.code()));
        return out;
    }

    private static Set<Long> idsWith(Set<Long> kept, Map<Long, Set<String>> codes, String code) {
        var out = new HashSet<Long>();
        for (long id : kept) {
            if (codes.getOrDefault(id, Set.of()).contains(code)) {
                out.add(id);
            }
        }
        return out;
    }

    private static Portfolio.Group group(
            String label, List<Object> args, int initiatives, List<Measures.Value> used, Predicate<Measures.Value> in) {
        var stats = new ArrayList<Portfolio.Stat>();
        for (String m : Measures.ALL) {
            var vs = used.stream().filter(v -> v.measure().equals(m)).filter(in).toList();
            var stat = stat(vs);
            if (Measures.POOLED.contains(m) && !stat.none() && stat.people() < Evidence.MIN_PEOPLE) {
                stat = Portfolio.Stat.suppressed(stat.count());
            }
            stats.add(stat);
        }
        return new Portfolio.Group(label, args, initiatives, stats);
    }

    static Portfolio.Stat stat(List<Measures.Value> values) {
        var interval =
                Bootstrap.median(values.stream().map(Measures.Value::value).toList());
        int people = values.stream().mapToInt(Measures.Value::people).sum();
        return interval == null
                ? new Portfolio.Stat(0, null, null, null, people)
                : new Portfolio.Stat(interval.count(), interval.median(), interval.lower(), interval.upper(), people);
    }
}
