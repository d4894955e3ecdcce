package org.cocrea.ballots;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;

/**
 * When a budget or a vote takes ballots and shows its results: opened by a facilitator and within its dates, if
 * any. One rule for both tools; what differs is only which {@link Results} visibility each one asks for.
 */
public record Lifecycle(BallotStatus status, OffsetDateTime opensAt, OffsetDateTime closesAt) {
    /** Dates in forms are wall-clock times of the municipalities Cocrea serves. */
    public static final ZoneId ZONE = ZoneId.of("Europe/Rome");

    /** When results may be read. */
    public enum Results {
        /** Only once a facilitator closed the ballot (the budget: its outcome is computed then, for good). */
        WHEN_CLOSED,
        /** Once final: closed by a facilitator or past the closing date (a vote with hidden results). */
        WHEN_ENDED,
        /** Also while ballots are being cast (a vote that does not hide them). */
        WHILE_OPEN
    }

    public static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }

    /** Ballots are accepted once opened by a facilitator, within the dates if any, until closed. */
    public boolean acceptsBallots(OffsetDateTime now) {
        return status == BallotStatus.OPEN
                && (opensAt == null || !now.isBefore(opensAt))
                && (closesAt == null || now.isBefore(closesAt));
    }

    /** Closed by a facilitator or past its closing date: no ballot will change the result any more. */
    public boolean ended(OffsetDateTime now) {
        return status == BallotStatus.CLOSED
                || (status == BallotStatus.OPEN && closesAt != null && !now.isBefore(closesAt));
    }

    /** The one results-visibility rule. */
    public boolean resultsShown(OffsetDateTime now, Results results) {
        return switch (results) {
            case WHEN_CLOSED -> status == BallotStatus.CLOSED;
            case WHEN_ENDED -> ended(now);
            case WHILE_OPEN -> ended(now) || status == BallotStatus.OPEN;
        };
    }

    /** For messages: draft, scheduled (opened but before its opening date), open or closed. */
    public String stage(OffsetDateTime now) {
        if (ended(now)) {
            return "closed";
        }
        if (status == BallotStatus.DRAFT) {
            return "draft";
        }
        return acceptsBallots(now) ? "open" : "scheduled";
    }

    /**
     * The parameters of a status change made only from the expected status ({@code UPDATE ... SET status = :to
     * WHERE id = :id AND status = :from}), so that two facilitators cannot race a change and nothing moves back.
     */
    public static Map<String, Object> move(long id, BallotStatus from, BallotStatus to) {
        return Map.of("id", id, "from", from.code(), "to", to.code());
    }

    /** Moves a budget's or vote's status, only from the expected one; false when it was not that any more. */
    @FunctionalInterface
    public interface Mover {
        boolean move(BallotStatus from, BallotStatus to);
    }

    /**
     * The lock: a facilitator's change of settings, projects or options, allowed only while there is no ballot
     * yet ({@code status} null) or it is a draft; else refused with {@code prefix.locked}.
     */
    public static void requireDraft(ToolAccess access, BallotStatus status, String prefix) {
        Voters.requireManager(access);
        if (status != null && !status.mayChange()) {
            throw new Refused(null, prefix + ".locked");
        }
    }

    /**
     * A facilitator's save of the settings: refused while the ballot is not a draft ({@link #requireDraft}), or
     * with every problem {@code parse} found; else {@code store} creates or changes them.
     */
    public static <S> void saveSettings(
            ToolAccess access,
            java.util.Optional<BallotStatus> current,
            String prefix,
            java.util.function.Function<List<Refused.Problem>, S> parse,
            java.util.function.Consumer<S> store) {
        requireDraft(access, current.orElse(null), prefix);
        var problems = new java.util.ArrayList<Refused.Problem>();
        var settings = parse.apply(problems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        store.accept(settings);
    }

    /** Opens a draft that is {@code ready} (else refused with {@code notReady}), for ballots. */
    public static void open(ToolAccess access, boolean ready, String notReady, String prefix, Mover mover) {
        Voters.requireManager(access);
        if (!ready) {
            throw new Refused(null, notReady);
        }
        if (!mover.move(BallotStatus.DRAFT, BallotStatus.OPEN)) {
            throw new Refused(null, prefix + ".locked");
        }
    }

    /** Closes an open ballot for good. */
    public static void close(ToolAccess access, boolean exists, String prefix, Mover mover) {
        Voters.requireManager(access);
        if (!exists || !mover.move(BallotStatus.OPEN, BallotStatus.CLOSED)) {
            throw new Refused(null, prefix + ".close.notOpen");
        }
    }

    /** The form value of a stored time, as a datetime-local input shows it. */
    public static String local(OffsetDateTime time) {
        return time == null
                ? ""
                : time.atZoneSameInstant(ZONE).toLocalDateTime().toString();
    }

    /** A stored time for people to read, in Italian time; empty when there is none. */
    public static String text(OffsetDateTime time) {
        return local(time).replace('T', ' ');
    }

    /** A datetime-local value of a form, or null when empty; a bad one adds {@code prefix.date.invalid}. */
    static OffsetDateTime date(String text, String field, String prefix, List<Refused.Problem> problems) {
        String value = text == null ? "" : text.trim();
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(new Refused.Problem(field, prefix + ".date.invalid"));
            return null;
        }
    }
}
