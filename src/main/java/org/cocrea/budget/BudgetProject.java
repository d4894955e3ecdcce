package org.cocrea.budget;

import java.math.BigDecimal;
import org.cocrea.platform.Markdown;

/** A project voters may fund; {@code position} is the election order, which breaks ties. */
public record BudgetProject(
        long id,
        long budgetId,
        int position,
        String title,
        String description,
        long costCents,
        String category,
        Long imageId) {
    public BigDecimal cost() {
        return Money.of(costCents);
    }

    public org.cocrea.platform.SafeHtml descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }
}
