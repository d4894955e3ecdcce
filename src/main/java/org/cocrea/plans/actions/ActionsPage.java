package org.cocrea.plans.actions;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/** The actions of the plan and one page of the shared diary. */
public record ActionsPage(
        Initiative initiative,
        ToolInstance instance,
        List<PlanAction> actions,
        List<DiaryEntry> diary,
        int pageNo,
        int pages,
        long entries,
        long totalMinutes,
        List<Total> totals,
        Map<Long, String> team,
        Map<Long, String> names,
        boolean mayPlan,
        boolean mayLog,
        boolean mayAudit) {

    /** Totals of the whole diary. */
    public record Stats(long entries, long minutes, List<Total> totals) {}

    /** The total amount of one unit over the whole diary. */
    public record Total(String unit, java.math.BigDecimal amount) {}

    public String name(Long personId) {
        return personId == null ? "—" : names.getOrDefault(personId, team.getOrDefault(personId, "—"));
    }

    public String actionTitle(Long actionId) {
        return actionId == null
                ? ""
                : actions.stream()
                        .filter(a -> a.id() == actionId)
                        .map(PlanAction::title)
                        .findFirst()
                        .orElse("");
    }

    public String hours() {
        return String.format(java.util.Locale.ROOT, "%d h %02d min", totalMinutes / 60, totalMinutes % 60);
    }
}
