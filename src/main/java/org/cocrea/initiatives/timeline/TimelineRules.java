package org.cocrea.initiatives.timeline;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.platform.Refused;

/**
 * A timeline follows the service cycle: each phase once per cycle, in order, dates neither reversed nor
 * overlapping. Assessment may loop back to commissioning as a new cycle, so cycles are numbered 1, 2, 3...
 * without gaps, cycle k > 1 exists only after a cycle k - 1 that reached co-assessment, starts with
 * co-commissioning, and begins after the last phase of cycle k - 1 has ended.
 */
public final class TimelineRules {
    static final int MAX_CYCLES = 20;

    private TimelineRules() {}

    /** Throws an {@link Refused} when {@code added} cannot join {@code existing}. */
    public static void check(List<TimelinePhase> existing, TimelinePhase added) {
        if (added.cycle() < 1 || added.cycle() > MAX_CYCLES) {
            throw new Refused("cycle", "timeline.cycle.invalid");
        }
        if (added.end().isBefore(added.start())) {
            throw new Refused("end", "timeline.dates.reversed");
        }
        if (existing.stream().anyMatch(p -> p.cycle() == added.cycle() && p.phase() == added.phase())) {
            throw new Refused("phase", "timeline.phase.twice");
        }
        var all = new ArrayList<>(existing);
        all.add(added);
        checkCycles(all, "cycle", "phase");
        checkDates(all);
    }

    /** How long a next phase lasts when the phase before gives no sensible length. */
    static final int DEFAULT_DAYS = 30;

    /**
     * The move to the next phase of the service cycle on {@code today}: the active phase ({@code cycle},
     * {@code active}) ends yesterday and the next one (co-commissioning of the next cycle after co-assessment)
     * starts today. A next phase already planned keeps its end (unless that has passed); a new one lasts as long
     * as the phase before, or {@value #DEFAULT_DAYS} days, and ends before the next planned phase starts. Throws
     * a {@link Refused} (field {@code phase}) when the move would break the timeline's rules.
     */
    public static PhaseMove nextPhase(List<TimelinePhase> timeline, Phase active, int cycle, LocalDate today) {
        TimelinePhase current = timeline.stream()
                .filter(p -> p.cycle() == cycle && p.phase() == active)
                .findFirst()
                .orElseThrow(() -> new Refused("phase", "journey.next.none"));
        if (!current.start().isBefore(today)) {
            // Its last day would be before its first: it may move on from tomorrow.
            throw new Refused("phase", "journey.next.tooSoon");
        }
        boolean loop = active == Phase.CO_ASSESSMENT;
        int nextCycle = loop ? cycle + 1 : cycle;
        Phase nextPhase = loop ? Phase.CO_COMMISSIONING : Phase.values()[active.ordinal() + 1];
        long length = ChronoUnit.DAYS.between(current.start(), current.end()) + 1;
        if (length < 7 || length > 366) {
            length = DEFAULT_DAYS;
        }
        TimelinePhase ending = new TimelinePhase(cycle, active, current.start(), today.minusDays(1));
        var planned = timeline.stream()
                .filter(p -> p.cycle() == nextCycle && p.phase() == nextPhase)
                .findFirst();
        TimelinePhase next;
        if (planned.isPresent()) {
            LocalDate end = planned.get().end().isBefore(today)
                    ? today.plusDays(length - 1)
                    : planned.get().end();
            next = new TimelinePhase(nextCycle, nextPhase, today, end);
        } else {
            int position = new TimelinePhase(nextCycle, nextPhase, today, today).position();
            LocalDate end = today.plusDays(length - 1);
            LocalDate laterStart = timeline.stream()
                    .filter(p -> p.position() > position)
                    .map(TimelinePhase::start)
                    .min(LocalDate::compareTo)
                    .orElse(null);
            if (laterStart != null && !laterStart.isAfter(end)) {
                end = laterStart.minusDays(1);
            }
            next = new TimelinePhase(nextCycle, nextPhase, today, end);
        }
        var after = new ArrayList<TimelinePhase>();
        for (TimelinePhase p : timeline) {
            boolean replaced = p.position() == ending.position() || p.position() == next.position();
            if (!replaced) {
                after.add(p);
            }
        }
        after.add(ending);
        after.add(next);
        after.sort(Comparator.comparingInt(TimelinePhase::position));
        var laid = new ArrayList<TimelinePhase>();
        try {
            for (TimelinePhase p : after) {
                check(laid, p);
                laid.add(p);
            }
        } catch (Refused r) {
            throw new Refused("phase", "journey.next.blocked");
        }
        return new PhaseMove(ending, next, planned.isPresent(), List.copyOf(after));
    }

    /**
     * Throws an {@link Refused} when taking {@code phase} of {@code cycle} out would leave a later cycle
     * without its loop back (its co-assessment) or a cycle that no longer starts with co-commissioning.
     */
    public static void checkRemoval(List<TimelinePhase> existing, int cycle, Phase phase) {
        var rest = existing.stream()
                .filter(p -> p.cycle() != cycle || p.phase() != phase)
                .toList();
        try {
            checkCycles(rest, "phase", "phase");
        } catch (Refused p) {
            throw new Refused("phase", "timeline.remove.neededByNextCycle");
        }
    }

    /**
     * The shape of the cycles, whatever the dates. {@code cycleField} names the field a wrong cycle number is
     * shown beside, {@code phaseField} the one for a wrong phase.
     */
    private static void checkCycles(List<TimelinePhase> all, String cycleField, String phaseField) {
        int last = all.stream().mapToInt(TimelinePhase::cycle).max().orElse(0);
        for (int k = 1; k <= last; k++) {
            int cycle = k;
            var phases = all.stream()
                    .filter(p -> p.cycle() == cycle)
                    .map(TimelinePhase::phase)
                    .toList();
            if (phases.isEmpty()) {
                throw new Refused(cycleField, "timeline.cycle.gap");
            }
            if (k == 1) {
                continue;
            }
            boolean previousAssessed =
                    all.stream().anyMatch(p -> p.cycle() == cycle - 1 && p.phase() == Phase.CO_ASSESSMENT);
            if (!previousAssessed) {
                throw new Refused(cycleField, "timeline.cycle.needsAssessment");
            }
            if (!phases.contains(Phase.CO_COMMISSIONING)) {
                throw new Refused(phaseField, "timeline.cycle.startsWithCommissioning");
            }
        }
    }

    /**
     * Sorted by cycle, then service-cycle order, each phase must start after the one before has ended; this
     * also puts every phase of cycle k after the last phase of cycle k - 1.
     */
    private static void checkDates(List<TimelinePhase> all) {
        var sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(TimelinePhase::position));
        for (int k = 1; k < sorted.size(); k++) {
            TimelinePhase before = sorted.get(k - 1);
            TimelinePhase after = sorted.get(k);
            if (!after.start().isAfter(before.end())) {
                boolean overlap = !before.start().isAfter(after.end());
                String key = overlap
                        ? "timeline.dates.overlap"
                        : before.cycle() != after.cycle() ? "timeline.cycle.beforePrevious" : "timeline.dates.order";
                throw new Refused("start", key);
            }
        }
    }
}
