package org.cocrea.plans.export;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.cocrea.plans.actions.DiaryEntry;
import org.cocrea.plans.privacy.Erasure;
import org.cocrea.plans.review.Review;

/**
 * Everything a plan holds, as the citizen downloads it (JSON, or rendered as a PDF). People appear by id in
 * the records and once, with their names, in {@code people}.
 */
public record PlanData(
        long initiativeId,
        String initiativeTitle,
        long planId,
        OffsetDateTime exportedAt,
        List<PersonData> people,
        List<VersionData> versions,
        List<SignatureData> signatures,
        List<GoalData> goals,
        List<ConsentData> consents,
        List<EmergencyData> emergencyAccesses,
        List<AuditData> accessLog,
        Erasure erasure,
        CareData care) {

    public record PersonData(long id, String name, String role) {}

    public record VersionData(
            int version,
            Long authorId,
            OffsetDateTime createdAt,
            String objectives,
            String services,
            String providers,
            String caseManager,
            String resources,
            String economic,
            String evaluation,
            LocalDate reviewDate,
            String sha256) {}

    public record SignatureData(
            int version, long signerId, String role, OffsetDateTime signedAt, String sha256, boolean stillMatches) {}

    /**
     * A GAS goal: {@code levels} holds what −2..+2 would look like, −2 first (empty for goals recorded before
     * levels were written, which have no importance or difficulty either); weight = importance × difficulty.
     * Scores are oldest first by date; the first is the baseline.
     */
    public record GoalData(
            long id,
            String description,
            double weight,
            Integer importance,
            Integer difficulty,
            List<String> levels,
            Long createdBy,
            OffsetDateTime createdAt,
            List<ScoreData> scores) {}

    /** A score: the level, who scored it, the day it refers to and when it was recorded. */
    public record ScoreData(int level, Long scoredBy, LocalDate scoredOn, OffsetDateTime scoredAt) {}

    public record ConsentData(
            String scope, long citizenId, Long proxyId, OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {}

    public record EmergencyData(long adminId, String reason, OffsetDateTime startedAt, OffsetDateTime expiresAt) {}

    /** One read or write of plan data, with the tool it touched ({@code plan}, {@code needs}, {@code actions}...). */
    public record AuditData(
            String tool,
            Long personId,
            OffsetDateTime accessedAt,
            String action,
            String detail,
            String remoteAddress) {}

    /** The tools around the plan in the same initiative: needs, actions and diary, ladder, reviews. */
    public record CareData(
            List<NeedData> needs,
            List<RankData> rankings,
            List<AgreementData> agreedOrders,
            List<ActionData> actions,
            List<DiaryEntry> diary,
            List<AreaData> ladderAreas,
            List<ReadingData> ladderReadings,
            List<Review> reviews) {
        static final CareData NONE =
                new CareData(List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of());
    }

    public record NeedData(long id, String domain, String title, String citizenText, String professionalText) {}

    public record RankData(long rankerId, String role, long needId, int rank, OffsetDateTime rankedAt) {}

    /** An order of the needs (their ids, first priority first) confirmed by one person. */
    public record AgreementData(List<Long> order, long personId, String role, OffsetDateTime confirmedAt) {}

    public record ActionData(
            long id, String title, String performerKind, long performerId, LocalDate due, String status) {}

    public record AreaData(long id, String name) {}

    /** Scores 1–10 by area id. */
    public record ReadingData(
            long id, Long scoredBy, String role, LocalDate readOn, java.util.Map<Long, Integer> scores) {}

    public String name(Long personId) {
        return people.stream()
                .filter(p -> personId != null && p.id() == personId)
                .map(PersonData::name)
                .findFirst()
                .orElse("—");
    }
}
