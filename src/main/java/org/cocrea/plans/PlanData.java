package org.cocrea.plans;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

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
        Erasure erasure) {

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

    public record AuditData(
            Long personId, OffsetDateTime accessedAt, String action, String detail, String remoteAddress) {}

    public String name(Long personId) {
        return people.stream()
                .filter(p -> personId != null && p.id() == personId)
                .map(PersonData::name)
                .findFirst()
                .orElse("—");
    }
}
