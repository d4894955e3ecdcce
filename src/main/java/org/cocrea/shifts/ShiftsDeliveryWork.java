package org.cocrea.shifts;

import java.util.Collection;
import java.util.List;
import org.cocrea.initiatives.DeliveryWork;
import org.springframework.stereotype.Component;

/**
 * The activities, as work that delivers a funded project: every activity of a shifts instance is readable by whoever
 * reads its initiative (an instance has no visibility of its own), so the tracking tool shows them to those readers.
 */
@Component
class ShiftsDeliveryWork implements DeliveryWork {
    private final ShiftRepository shifts;

    ShiftsDeliveryWork(ShiftRepository shifts) {
        this.shifts = shifts;
    }

    @Override
    public String toolId() {
        return ShiftsTool.ID;
    }

    @Override
    public List<Work> inInitiative(long initiativeId) {
        return shifts.workOfInitiative(initiativeId);
    }

    @Override
    public List<Work> byIds(Collection<Long> itemIds) {
        return shifts.workByIds(itemIds);
    }
}
