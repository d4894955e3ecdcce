package org.cocrea.plans.plan;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/**
 * Everything the plan page shows; {@code latest} is null before the first version. {@code tScore} is the
 * latest summary T-score, {@code tScoresByDate} the T-score on each day a goal was scored, oldest first.
 */
public record PlanPage(
        Initiative initiative,
        ToolInstance instance,
        PlanVersion latest,
        List<PlanVersion> history,
        List<Signature> signatures,
        Integer agreedVersion,
        List<Goal> goals,
        Double tScore,
        List<DatedTScore> tScoresByDate,
        Map<Long, String> names,
        boolean mayPropose,
        boolean maySign,
        boolean mayScore,
        boolean mayAudit) {

    public List<Signature> signaturesOf(int version) {
        return signatures.stream().filter(s -> s.version() == version).toList();
    }

    public String name(Long personId) {
        return personId == null ? "—" : names.getOrDefault(personId, "—");
    }

    public String tScoreText() {
        return tScore == null ? "—" : text(tScore);
    }

    /** The summary T-score on one day, with each goal's latest score on or before it. */
    public record DatedTScore(java.time.LocalDate on, double tScore) {
        public String text() {
            return PlanPage.text(tScore);
        }
    }

    static String text(double tScore) {
        return String.format(java.util.Locale.ROOT, "%.2f", tScore);
    }
}
