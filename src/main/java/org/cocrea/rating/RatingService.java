package org.cocrea.rating;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Refused;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Rating and reading the results. A face counts only from a signed-in person whose acts count
 * ({@link Initiatives#counts}); the day is the organisation's; each change publishes {@link RatingGiven} in its
 * transaction. A refusal stores nothing.
 */
@Service
class RatingService {
    static final int REASON_MAX = 500;
    /** The newest reasons listed. */
    static final int REASONS = 50;

    private final RatingRepository ratings;
    private final Initiatives initiatives;
    private final ApplicationEventPublisher events;
    private final CocreaSettings settings;

    RatingService(
            RatingRepository ratings,
            Initiatives initiatives,
            ApplicationEventPublisher events,
            CocreaSettings settings) {
        this.ratings = ratings;
        this.initiatives = initiatives;
        this.events = events;
        this.settings = settings;
    }

    LocalDate today() {
        return LocalDate.now(settings.timeZone());
    }

    /** Stores the person's face of today (replacing today's earlier one) and returns it. */
    @Transactional
    Face rate(ToolAccess access, String code) {
        if (access.person() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var face = Face.fromCode(code == null ? "" : code.trim())
                .orElseThrow(() -> new Refused("score", "rating.face.unknown"));
        initiatives.requireCounts(access.person(), "score");
        var day = today();
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        long rating = ratings.put(access.id(), access.person().personId(), day, face.score(), now);
        events.publishEvent(new RatingGiven(
                access.initiative().id(),
                access.id(),
                access.instance().phase(),
                face.score(),
                day,
                rating,
                now.toInstant().toEpochMilli()));
        return face;
    }

    /** The reason of today's negative face; refused when there is none, or the text is too long. */
    @Transactional
    void reason(ToolAccess access, String text) {
        if (access.person() == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        initiatives.requireCounts(access.person(), "reason");
        String reason = text == null ? "" : text.strip();
        if (reason.length() > REASON_MAX) {
            throw new Refused("reason", "rating.reason.long", REASON_MAX);
        }
        if (!ratings.reason(access.id(), access.person().personId(), today(), reason.isEmpty() ? null : reason)) {
            throw new Refused("reason", "rating.reason.noNegative");
        }
    }

    Optional<RatingRepository.Mine> mine(ToolAccess access) {
        return access.person() == null
                ? Optional.empty()
                : ratings.mine(access.id(), access.person().personId(), today());
    }

    /** Whether the person may read the results: facilitators always, everyone once published. */
    boolean mayRead(ToolAccess access, boolean published) {
        return access.may(RatingTool.RESULTS) || published;
    }

    boolean published(ToolAccess access) {
        return ratings.published(access.id());
    }

    Results results(ToolAccess access, LocalDate around) {
        return Results.of(ratings.days(access.id()), around);
    }

    /** The reasons, without names, only when at least {@link Results#MIN_GROUP} negative faces were given. */
    List<RatingReason> reasons(ToolAccess access, Results results) {
        int negatives =
                results.weeks().stream().mapToInt(w -> w.shares().negative()).sum();
        return negatives < Results.MIN_GROUP ? List.of() : ratings.reasons(access.id(), REASONS);
    }

    /** The comparison's default when no date is stored: four weeks before today. */
    static final int DEFAULT_WEEKS_BEFORE = 4;

    RatingRepository.Settings settings(ToolAccess access) {
        return ratings.settings(access.id());
    }

    /** The stored comparison date, or four weeks before today. */
    LocalDate comparison(RatingRepository.Settings stored) {
        return stored.compareOn() != null ? stored.compareOn() : today().minusWeeks(DEFAULT_WEEKS_BEFORE);
    }

    /**
     * Stores the before/after comparison date a facilitator chose (an ISO date within ten years of today), or, left
     * empty, goes back to the default. A bad date is refused and nothing is stored.
     */
    @Transactional
    LocalDate compareOn(ToolAccess access, String text) {
        if (!access.may(RatingTool.RESULTS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        String typed = text == null ? "" : text.strip();
        LocalDate on = null;
        if (!typed.isEmpty()) {
            try {
                on = LocalDate.parse(typed);
            } catch (java.time.format.DateTimeParseException e) {
                throw new Refused("compareOn", "rating.compare.badDate");
            }
            var today = today();
            if (on.isBefore(today.minusYears(10)) || on.isAfter(today.plusYears(10))) {
                throw new Refused("compareOn", "rating.compare.outOfRange");
            }
        }
        ratings.compareOn(access.id(), on);
        return on;
    }

    @Transactional
    void publish(ToolAccess access, boolean published) {
        if (!access.may(RatingTool.RESULTS)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        ratings.publish(access.id(), published);
    }
}
