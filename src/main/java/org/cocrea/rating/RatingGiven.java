package org.cocrea.rating;

import java.time.LocalDate;
import org.cocrea.initiatives.Phase;

/**
 * A face given (or changed the same day) in a rating instance, published inside the storing transaction: the
 * initiative, the instance and its phase, the score (−1 negative, 0 neutral, 1 positive) and the day in the
 * organisation's time zone. It names nobody: the evidence module counts satisfaction, not people. {@code ratingId}
 * is the stored face's row (one per person, instance and day) and {@code revision} grows with each new tap the same
 * day (the tap's time in milliseconds), so the evidence module keeps each face once and only the latest.
 */
public record RatingGiven(
        long initiativeId, long instanceId, Phase phase, int score, LocalDate day, long ratingId, long revision) {}
