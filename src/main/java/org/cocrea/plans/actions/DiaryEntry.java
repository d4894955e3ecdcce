package org.cocrea.plans.actions;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A line of the shared diary: what was done, by whom, the time and resources it took, and how it went. */
public record DiaryEntry(
        long id,
        Long actionId,
        Long authorId,
        LocalDate doneOn,
        String what,
        Integer minutes,
        BigDecimal amount,
        String unit,
        String how,
        OffsetDateTime writtenAt) {

    public boolean contribution() {
        return (minutes != null && minutes > 0) || (amount != null && amount.signum() > 0);
    }
}
