package org.cocrea.tracking;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.platform.Refused;

/**
 * The checks of what facilitators type, each problem beside its field; nothing is stored unless all pass. Amounts
 * are euros with at most two decimals, written with a comma or a point ("1500", "1500,50"), kept in cents.
 */
final class TrackingRules {
    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 4000;
    static final int MAX_REASON = 2000;
    /** A thousand billion euros: more than any municipality spends, less than a long holds in cents. */
    private static final BigDecimal MAX_AMOUNT = BigDecimal.valueOf(1_000_000_000_000L);

    private TrackingRules() {}

    record Checked(ResultStatus status, int progress, long spentCents, String reason, String body) {}

    /** A progress update as typed, checked against the result it changes. */
    static Checked progress(ProgressForm form, List<Refused.Problem> problems) {
        var status = ResultStatus.fromCode(text(form.status())).orElse(null);
        if (status == null) {
            problems.add(new Refused.Problem("status", "tracking.status.invalid"));
        }
        Integer progress = null;
        try {
            progress = Integer.valueOf(text(form.progress()));
        } catch (NumberFormatException e) {
            // the message below says what is expected
        }
        if (progress == null || progress < 0 || progress > 100) {
            problems.add(new Refused.Problem("progress", "tracking.progress.invalid"));
            progress = null;
        }
        Long spent = cents(form.spent(), true);
        if (spent == null) {
            problems.add(new Refused.Problem("spent", "tracking.spent.invalid"));
        }
        String reason = text(form.reason());
        if (status == ResultStatus.CANCELLED && reason.isEmpty()) {
            problems.add(new Refused.Problem("reason", "tracking.reason.required"));
        } else if (reason.length() > MAX_REASON) {
            problems.add(new Refused.Problem("reason", "tracking.reason.tooLong", MAX_REASON));
        }
        if (status == ResultStatus.COMPLETED && progress != null && progress != 100) {
            problems.add(new Refused.Problem("progress", "tracking.progress.completed"));
        }
        String body = text(form.body());
        if (body.isEmpty() || body.length() > MAX_TEXT) {
            problems.add(new Refused.Problem("body", "tracking.body.invalid", MAX_TEXT));
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new Checked(status, progress, spent, status == ResultStatus.CANCELLED ? reason : null, body);
    }

    record NewByHand(String title, String description, Long budgetCents) {}

    static NewByHand byHand(ResultForm form) {
        var problems = new ArrayList<Refused.Problem>();
        String title = text(form.title());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(new Refused.Problem("title", "tracking.title.invalid", MAX_TITLE));
        }
        String description = text(form.description());
        if (description.length() > MAX_TEXT) {
            problems.add(new Refused.Problem("description", "tracking.description.tooLong", MAX_TEXT));
        }
        Long budget = null;
        if (!text(form.budget()).isEmpty()) {
            budget = cents(form.budget(), true);
            if (budget == null) {
                problems.add(new Refused.Problem("budget", "tracking.budget.invalid"));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new NewByHand(title, description, budget);
    }

    record NewMilestone(String title, LocalDate plannedOn) {}

    static NewMilestone milestone(MilestoneForm form) {
        var problems = new ArrayList<Refused.Problem>();
        String title = text(form.title());
        if (title.isEmpty() || title.length() > MAX_TITLE) {
            problems.add(new Refused.Problem("title", "tracking.milestone.title.invalid", MAX_TITLE));
        }
        LocalDate planned = date(form.plannedOn());
        if (planned == null) {
            problems.add(new Refused.Problem("plannedOn", "tracking.date.invalid"));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new NewMilestone(title, planned);
    }

    /** A date as a date field sends it (yyyy-mm-dd), within a sensible range; null when it is not one. */
    static LocalDate date(String typed) {
        try {
            LocalDate d = LocalDate.parse(text(typed));
            return d.getYear() < 1900 || d.getYear() > 2200 ? null : d;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** An amount in euros as cents: zero allowed when {@code zeroAllowed}, never negative; null when invalid. */
    static Long cents(String typed, boolean zeroAllowed) {
        String t = text(typed).replace(" ", "");
        if (t.isEmpty()) {
            return null;
        }
        // "1.500,50" as Italians write it: the points group thousands, the comma is the decimal mark
        if (t.contains(",") && t.contains(".")) {
            t = t.replace(".", "");
        }
        try {
            BigDecimal value = new BigDecimal(t.replace(',', '.'));
            if (value.signum() < 0
                    || (!zeroAllowed && value.signum() == 0)
                    || value.scale() > 2
                    || value.compareTo(MAX_AMOUNT) > 0) {
                return null;
            }
            return value.setScale(2, RoundingMode.UNNECESSARY).unscaledValue().longValueExact();
        } catch (NumberFormatException | ArithmeticException e) {
            return null;
        }
    }

    static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
