package org.cocrea.indicators;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A module's measures that an indicator can take its readings from (issue 18): a survey question's mean, the
 * volunteer hours in the contribution ledger, the mean GAS T-score of the individual plans. Implemented by the
 * module that owns the data; the indicators tool asks it for the measures of an initiative when a facilitator ties
 * an indicator to one, and for the current value when it takes a reading.
 */
public interface MeasureSource {
    /** The measures this module offers for an initiative that the person may read, labelled in their language. */
    List<Measure> measures(long initiativeId, long personId, Locale locale);

    /** The current value of a measure of this module (its key starts with {@link #prefix()}), or empty if none yet. */
    Optional<Reading> read(String key);

    /** The start of every key this source makes, its module's name and a colon: {@code survey:}. */
    String prefix();

    /** A measure: its stable key, a label in the person's language, and its unit ("ore", "T", "1-5"). */
    record Measure(String key, String label, String unit) {}

    /** A value, the day it refers to, and from how many people it was computed. */
    record Reading(BigDecimal value, LocalDate on, int people) {}
}
