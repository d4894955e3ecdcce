package org.cocrea.plans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/**
 * Published when a diary entry of an individual plan records time or resources: who contributed how much of
 * what, for the evidence module to measure co-delivery. It carries no text of the plan, only amounts.
 *
 * @param minutes time spent, or null when the entry records none
 * @param amount an amount of a resource (with its {@code unit}, such as "km" or "€"), or null
 */
public record ContributionRecorded(
        long initiativeId,
        long toolInstanceId,
        long diaryEntryId,
        long personId,
        LocalDate on,
        Integer minutes,
        BigDecimal amount,
        String unit,
        OffsetDateTime recordedAt) {}
