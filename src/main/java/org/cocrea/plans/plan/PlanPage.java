package org.cocrea.plans.plan;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.ToolInstance;

/**
 * Everything the plan page shows; {@code latest} is null before the first version. {@code tScore} is the
 * latest summary T-score, {@code tScoresByDate} the T-score on each day a goal was scored, oldest first.
 * {@code me} and {@code myRole} are the reader's, so the page speaks to them ("signed by you, waiting for the case
 * manager"); {@code mySignedVersion} is the last version they signed (null if none) and {@code sinceMySignature}
 * what changed from it to the latest version (null unless they may sign the latest and signed an earlier one).
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
        boolean mayAudit,
        long me,
        MemberRole myRole,
        Integer mySignedVersion,
        PlanChanges sinceMySignature) {

    /** Where the signing of one version stands, as the reader should read it: the key of a plans.status message. */
    public String statusKey(int version) {
        var valid =
                signaturesOf(version).stream().filter(Signature::stillMatches).toList();
        boolean citizen = valid.stream().anyMatch(Signature::forCitizen);
        boolean caseManager = valid.stream().anyMatch(Signature::byCaseManager);
        boolean mine = valid.stream().anyMatch(s -> s.signerId() == me);
        boolean citizenSide = myRole == MemberRole.CITIZEN || myRole == MemberRole.PROXY;
        boolean iAmCaseManager = myRole == MemberRole.OWNER;
        if (citizen && caseManager) {
            return "plans.status.agreed";
        }
        if (citizen) {
            return mine && citizenSide
                    ? "plans.status.youSigned.waitingCaseManager"
                    : iAmCaseManager ? "plans.status.waitingForYou.citizenSigned" : "plans.status.citizenSigned";
        }
        if (caseManager) {
            return mine && iAmCaseManager
                    ? "plans.status.youSigned.waitingCitizen"
                    : citizenSide ? "plans.status.waitingForYou.caseManagerSigned" : "plans.status.caseManagerSigned";
        }
        return citizenSide
                ? "plans.status.waitingYouAndCaseManager"
                : iAmCaseManager ? "plans.status.waitingYouAndCitizen" : "plans.status.waitingBoth";
    }

    /** When a version was agreed: the moment of the later of the two signatures that agreed it; null if not. */
    public java.time.Instant agreedAt(int version) {
        var valid =
                signaturesOf(version).stream().filter(Signature::stillMatches).toList();
        var citizen = valid.stream()
                .filter(Signature::forCitizen)
                .map(Signature::signedAt)
                .min(java.util.Comparator.naturalOrder());
        var caseManager = valid.stream()
                .filter(Signature::byCaseManager)
                .map(Signature::signedAt)
                .min(java.util.Comparator.naturalOrder());
        if (citizen.isEmpty() || caseManager.isEmpty()) {
            return null;
        }
        var later = citizen.get().isAfter(caseManager.get()) ? citizen.get() : caseManager.get();
        return later.toInstant();
    }

    /** The care-team name of a role on a plan: the owner of an individual initiative is its case manager. */
    public static String roleKey(MemberRole role) {
        return "care.role." + role.code();
    }

    public List<Signature> signaturesOf(int version) {
        return signatures.stream().filter(s -> s.version() == version).toList();
    }

    public String name(Long personId) {
        return personId == null ? "—" : names.getOrDefault(personId, "—");
    }

    public String tScoreText() {
        return tScore == null ? "—" : text(tScore);
    }

    /** The trend of the T-score as a chart; null before the first score. */
    public TScoreChart tScoreChart() {
        return TScoreChart.of(tScoresByDate);
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
