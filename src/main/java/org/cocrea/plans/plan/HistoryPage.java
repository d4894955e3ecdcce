package org.cocrea.plans.plan;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;

/** One page of a plan's versions, newest first, with which of them were signed. */
public record HistoryPage(
        Initiative initiative,
        long instanceId,
        List<PlanVersion> versions,
        List<Signature> signatures,
        Map<Long, String> names,
        int page,
        int pages) {

    public boolean signed(int version) {
        return signatures.stream().anyMatch(s -> s.version() == version);
    }

    public String name(Long personId) {
        return personId == null ? "—" : names.getOrDefault(personId, "—");
    }
}
