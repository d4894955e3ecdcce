package org.cocrea.initiatives.petitions;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.ServiceDomain;

/** A citizen's petition for an initiative, with its supports and the organisation's answer. */
public record Petition(
        long id,
        long organisationId,
        Long proposerId,
        String title,
        String summary,
        String description,
        ServiceDomain domain,
        Level level,
        String status,
        int supportThreshold,
        int answerDays,
        LocalDate thresholdReachedOn,
        LocalDate answerDueOn,
        OffsetDateTime answeredAt,
        String declineReasons,
        Long initiativeId,
        OffsetDateTime createdAt,
        long supports) {

    public static final String COLLECTING = "collecting";
    public static final String AWAITING = "awaiting-answer";
    public static final String ACCEPTED = "accepted";
    public static final String DECLINED = "declined";

    public boolean open() {
        return status.equals(COLLECTING) || status.equals(AWAITING);
    }

    public boolean overdue(LocalDate today) {
        return status.equals(AWAITING) && answerDueOn != null && today.isAfter(answerDueOn);
    }

    public org.cocrea.platform.SafeHtml descriptionHtml() {
        return org.cocrea.platform.Markdown.toSafeHtml(description);
    }
}
