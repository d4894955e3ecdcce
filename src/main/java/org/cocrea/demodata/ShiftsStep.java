package org.cocrea.demodata;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.shifts.BulkShifts;
import org.springframework.stereotype.Component;

/**
 * Co-delivery: volunteer activities with weekly shifts, sign-ups and check-ins, through {@link BulkShifts}, in the
 * group and collective initiatives of the co-delivery column. Modest: one activity per twenty initiatives (two at
 * least), six shifts each (three past, checked in), up to a dozen people a shift.
 */
@Component
class ShiftsStep implements Step {
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    private final BulkShifts shifts;
    private final Batches batches;

    ShiftsStep(BulkShifts shifts, Batches batches) {
        this.shifts = shifts;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "shifts";
    }

    /** The initiatives (by generation index) that get an activity: group and collective ones in co-delivery. */
    static List<Integer> slots(Scale.Counts n) {
        var slots = new ArrayList<Integer>();
        int wanted = Math.max(2, n.initiatives() / 20);
        for (int i = 0; i < n.initiatives() && slots.size() < wanted; i++) {
            Level level = InitiativesStep.level(i);
            if (InitiativesStep.phase(i) == Phase.CO_DELIVERY && level != Level.INDIVIDUAL) {
                slots.add(i);
            }
        }
        return slots;
    }

    @Override
    public void run(Run r) {
        var slots = slots(r.n);
        batches.run(r, "shifts", slots.size(), slots.size(), b -> 1, k -> {
            Random random = r.random("shifts", k);
            long instance = shifts.instance(r.initiativeIds.get(slots.get(k)));
            var day = r.today.minusWeeks(3);
            var list = new ArrayList<BulkShifts.NewShift>();
            for (int week = 0; week < 6; week++) {
                Instant start = day.plusWeeks(week)
                        .atTime(LocalTime.of(9 + random.nextInt(8), 0))
                        .atZone(ZONE)
                        .toInstant();
                int max = 4 + random.nextInt(9);
                list.add(new BulkShifts.NewShift(
                        start, start.plus(Duration.ofHours(2 + random.nextInt(3))), Texts.subject(random), 2, max));
            }
            var ids = shifts.activity(
                    instance,
                    Texts.pick(random, List.of("Turni di", "Giornata di", "Laboratorio di")) + " "
                            + Texts.subject(random),
                    "Attività generata.",
                    list);
            for (int s = 0; s < ids.size(); s++) {
                var people = new LinkedHashSet<Long>();
                for (int p = 6 + random.nextInt(10); p > 0; p--) {
                    people.add(r.person(r.citizenIndex(random)));
                }
                var start = list.get(s).startsAt();
                shifts.signUpAll(instance, ids.get(s), people, start.minus(Duration.ofDays(7)));
                if (s < 3) {
                    shifts.checkInAll(ids.get(s), start);
                }
            }
        });
    }
}
