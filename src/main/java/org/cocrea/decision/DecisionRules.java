package org.cocrea.decision;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.cocrea.platform.Refused;

/**
 * The checks of what people type, without Spring or a database: a proposal (kind, text, quorum, closing time in
 * the organisation's time zone), a position (one of its kind's, with a reason where the kind needs one), a revision
 * and an outcome (a review date after today). Each refuses with every problem at once, so nothing is stored.
 */
final class DecisionRules {
    static final int TITLE = 200;
    static final int TEXT = 20_000;
    static final int REASON = 2_000;
    static final int NOTE = 2_000;
    /** A proposal closes within a year, and an outcome is reviewed within five. */
    static final int MAX_DAYS_OPEN = 366;

    static final int MAX_REVIEW_YEARS = 5;

    private DecisionRules() {}

    /**
     * Text as stored: line ends made {@code \n}, control characters other than newline and tab removed (PostgreSQL
     * text holds no NUL), spaces trimmed.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n")
                .replace('\r', '\n')
                .replaceAll("[\\p{Cntrl}&&[^\n\t]]", "")
                .strip();
    }

    /** A new proposal, when {@code members} people may take a position; refused with every problem. */
    static DecisionRepository.Draft proposal(DecisionForm form, OffsetDateTime now, ZoneId zone, int members) {
        var problems = new ArrayList<Refused.Problem>();
        Kind kind = Kind.fromCode(form.kind() == null ? "" : form.kind()).orElse(null);
        if (kind == null) {
            problems.add(new Refused.Problem("kind", "decision.kind.invalid"));
        }
        String title = text(form.title(), "title", TITLE, problems);
        String body = text(form.body(), "body", TEXT, problems);
        OffsetDateTime closes = closesAt(form.closesAt(), now, zone, problems);
        Quorum quorum = kind == Kind.CONSENT ? quorum(form.quorumKind(), form.quorumValue(), members, problems) : null;
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new DecisionRepository.Draft(kind, title, body, quorum, closes);
    }

    /** A position of a decision of {@code kind}: one of its positions, a reason where needed, not too long. */
    static PositionForm position(Kind kind, PositionForm form) {
        String position = form.position() == null ? "" : form.position().trim();
        String reason = clean(form.reason());
        if (!kind.positions().contains(position)) {
            throw new Refused("position", "decision.position.invalid");
        }
        if (reason.length() > REASON) {
            throw new Refused("reason", "decision.reason.tooLong", REASON);
        }
        if (reason.isEmpty() && kind.needsReason(position)) {
            throw new Refused("reason", "decision.reason.required." + position);
        }
        return new PositionForm(position, reason);
    }

    /** A revision's text and note (the note, saying what changed, is required). */
    static ReviseForm revision(ReviseForm form) {
        var problems = new ArrayList<Refused.Problem>();
        String title = text(form.title(), "title", TITLE, problems);
        String body = text(form.body(), "body", TEXT, problems);
        String note = text(form.note(), "note", NOTE, problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new ReviseForm(title, body, note);
    }

    /** An outcome statement and its review date, after {@code today} and within five years. */
    static OutcomeForm outcome(OutcomeForm form, LocalDate today) {
        var problems = new ArrayList<Refused.Problem>();
        String outcome = text(form.outcome(), "outcome", TEXT, problems);
        String typed = form.reviewOn() == null ? "" : form.reviewOn().trim();
        LocalDate review = null;
        try {
            review = typed.isEmpty() ? null : LocalDate.parse(typed);
        } catch (DateTimeParseException e) {
            review = null;
        }
        if (review == null) {
            problems.add(new Refused.Problem("reviewOn", "decision.reviewOn.invalid"));
        } else if (!review.isAfter(today) || review.isAfter(today.plusYears(MAX_REVIEW_YEARS))) {
            problems.add(new Refused.Problem("reviewOn", "decision.reviewOn.range", MAX_REVIEW_YEARS));
        }
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        return new OutcomeForm(outcome, review.toString());
    }

    private static String text(String typed, String field, int max, List<Refused.Problem> problems) {
        String text = clean(typed);
        if (text.isEmpty()) {
            problems.add(new Refused.Problem(field, "decision." + field + ".required"));
        } else if (text.length() > max) {
            problems.add(new Refused.Problem(field, "decision." + field + ".tooLong", max));
        }
        return text;
    }

    private static OffsetDateTime closesAt(
            String typed, OffsetDateTime now, ZoneId zone, List<Refused.Problem> problems) {
        String value = typed == null ? "" : typed.trim();
        OffsetDateTime closes;
        try {
            closes = value.isEmpty()
                    ? null
                    : LocalDateTime.parse(value).atZone(zone).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            closes = null;
        }
        if (closes == null) {
            problems.add(new Refused.Problem("closesAt", "decision.closesAt.invalid"));
        } else if (!closes.isAfter(now)) {
            problems.add(new Refused.Problem("closesAt", "decision.closesAt.past"));
        } else if (closes.isAfter(now.plusDays(MAX_DAYS_OPEN))) {
            problems.add(new Refused.Problem("closesAt", "decision.closesAt.far", MAX_DAYS_OPEN));
        }
        return closes;
    }

    private static Quorum quorum(String kind, String value, int members, List<Refused.Problem> problems) {
        String k = kind == null ? "" : kind.trim();
        if (!k.equals(Quorum.COUNT) && !k.equals(Quorum.SHARE)) {
            problems.add(new Refused.Problem("quorumKind", "decision.quorumKind.invalid"));
            return null;
        }
        int n;
        try {
            n = Integer.parseInt(value == null ? "" : value.trim());
        } catch (NumberFormatException e) {
            n = -1;
        }
        if (k.equals(Quorum.SHARE) && (n < 1 || n > 100)) {
            problems.add(new Refused.Problem("quorumValue", "decision.quorumValue.share"));
            return null;
        }
        if (k.equals(Quorum.COUNT) && (n < 1 || n > Math.max(1, members))) {
            problems.add(new Refused.Problem("quorumValue", "decision.quorumValue.count", Math.max(1, members)));
            return null;
        }
        return new Quorum(k, n);
    }
}
