package org.cocrea.tracking;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * (Public because the precompiled templates read it.) A tracked result: where it came from (a budget project, an
 * accepted proposal, or by hand when {@code sourceKind} is null), its status, progress and money in cents.
 */
public record TrackedResult(
        long id,
        long toolInstanceId,
        String sourceKind,
        Long sourceId,
        String title,
        String description,
        ResultStatus status,
        String cancelReason,
        int progress,
        Long budgetCents,
        long spentCents,
        Long imageId,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public String path() {
        return "/tracking/" + toolInstanceId + "/" + id;
    }

    /** The budgeted cost, or null when none was given. */
    public BigDecimal budget() {
        return budgetCents == null ? null : BigDecimal.valueOf(budgetCents, 2);
    }

    public BigDecimal spent() {
        return BigDecimal.valueOf(spentCents, 2);
    }

    public boolean overBudget() {
        return budgetCents != null && spentCents > budgetCents;
    }

    /** The message key naming the source ({@code tracking.source.budget|idea|manual}). */
    public String sourceKey() {
        return "tracking.source." + (sourceKind == null ? "manual" : sourceKind);
    }

    /** The description (Markdown, as budget projects and proposals write it) as safe HTML. */
    public org.cocrea.platform.SafeHtml descriptionHtml() {
        return org.cocrea.platform.Markdown.toSafeHtml(description);
    }
}
