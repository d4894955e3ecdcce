package org.cocrea.budget;

import java.time.OffsetDateTime;

/**
 * A budget was closed, so its results are published (the ballot tools' "when closed" rule); published inside the
 * closing transaction, for the organisations' webhooks. Nothing about voters.
 */
public record BudgetResultsPublished(long initiativeId, long instanceId, long budgetId, OffsetDateTime closedAt) {}
