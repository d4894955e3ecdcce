package org.cocrea.plans.review;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/**
 * The review meetings of a plan; {@code planId} is the plan tool in the same initiative (null without one)
 * and {@code planVersion} its latest version (0 before the first).
 */
public record ReviewPage(
        Initiative initiative,
        ToolInstance instance,
        List<Review> reviews,
        Long planId,
        int planVersion,
        Map<Long, String> team,
        Map<Long, String> names,
        boolean mayRecord,
        boolean mayAudit) {

    public int currentCycle() {
        return reviews.isEmpty() ? 1 : reviews.get(0).cycle() + 1;
    }

    public String name(Long personId) {
        return personId == null ? "—" : names.getOrDefault(personId, team.getOrDefault(personId, "—"));
    }
}
