package org.cocrea.commissioning;

/** A budget is set up as a draft, opened for votes, then closed for good (its outcome is then final). */
public enum BudgetStatus {
    DRAFT,
    OPEN,
    CLOSED;

    public String code() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
