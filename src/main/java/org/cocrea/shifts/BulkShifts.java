package org.cocrea.shifts;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Activities, shifts, sign-ups and check-ins in bulk through the shifts service, with its checks (the demo-data
 * generator). Sign-ups keep the tool's rules: only people whose acts count ({@link Initiatives#counting}), and in a
 * group initiative only those whose role lets them sign up; the shift's lock decides places and waitlist as on the
 * page. A refused step throws {@link IllegalArgumentException} naming the rule.
 */
@Service
public class BulkShifts {
    /** A shift to create: its times, place and headcount. */
    public record NewShift(Instant startsAt, Instant endsAt, String place, int minPeople, int maxPeople) {}

    private final ShiftRepository shifts;
    private final ShiftService service;
    private final Initiatives initiatives;

    BulkShifts(ShiftRepository shifts, ShiftService service, Initiatives initiatives) {
        this.shifts = shifts;
        this.service = service;
        this.initiatives = initiatives;
    }

    /** The initiative's shifts instance in its co-delivery phase, placed there when it has none. */
    @Transactional
    public long instance(long initiativeId) {
        return initiatives.toolInstancesOf(initiativeId).stream()
                .filter(t -> t.toolId().equals(ShiftsTool.ID) && t.phase() == Phase.CO_DELIVERY)
                .map(ToolInstance::id)
                .findFirst()
                .orElseGet(() -> initiatives
                        .addToolForDemo(initiativeId, Phase.CO_DELIVERY, ShiftsTool.ID)
                        .id());
    }

    /** An activity with its shifts, checked as the coordinator's forms are; returns the shift ids in order. */
    @Transactional
    public List<Long> activity(long instanceId, String title, String description, List<NewShift> newShifts) {
        var fields = checked(() -> service.check(new ActivityForm(title, description, "", "", "", "")));
        long activity = shifts.createActivity(instanceId, fields);
        var ids = new ArrayList<Long>();
        for (var s : newShifts) {
            if (!s.endsAt().isAfter(s.startsAt()) || s.minPeople() < 0 || s.maxPeople() < Math.max(1, s.minPeople())) {
                throw new IllegalArgumentException("shift refused: times or headcount");
            }
            ids.add(shifts.createShift(
                    activity,
                    new ShiftRepository.ShiftFields(
                            s.startsAt(), s.endsAt(), s.place(), null, null, s.minPeople(), s.maxPeople())));
        }
        return ids;
    }

    /**
     * Signs up, in the given order, those of {@code people} who may sign up for the instance's shifts; returns how
     * many were signed up (with a place or on the waitlist). Signing up takes effect at {@code at}.
     */
    @Transactional
    public int signUpAll(long instanceId, long shiftId, Collection<Long> people, Instant at) {
        var instance = initiatives.toolInstance(instanceId).orElseThrow();
        var open = initiatives
                .visible(instance.initiativeId(), null)
                .filter(i -> i.level() == Level.COLLECTIVE && i.status() == Status.OPEN)
                .isPresent();
        Set<Long> counting = initiatives.counting(people);
        Set<Long> allowed = open ? counting : initiatives.mayDoAll(counting, instanceId, ShiftsTool.SIGN_UP);
        int n = 0;
        for (long person : people) {
            if (allowed.contains(person) && !shifts.isSignedUp(shiftId, person, "")) {
                checked(() -> service.signUp(shiftId, person, "", null, at));
                n++;
            }
        }
        return n;
    }

    /** Checks in everyone holding a place on the shift at {@code at}, with the shift's length as hours. */
    @Transactional
    public int checkInAll(long shiftId, Instant at) {
        int n = 0;
        for (var r : shifts.signups(shiftId)) {
            if (r.registered() && !r.attended()) {
                checked(() -> service.attendance(r.id(), ShiftService.Attendance.CHECK_IN, at));
                n++;
            }
        }
        return n;
    }

    private static <T> T checked(java.util.function.Supplier<T> work) {
        try {
            return work.get();
        } catch (Refused refused) {
            throw new IllegalArgumentException("shifts refused: " + refused.key());
        }
    }
}
