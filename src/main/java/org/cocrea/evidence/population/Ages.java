package org.cocrea.evidence.population;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Age bands as ranges of whole years: an organisation's band reads {@code 18-29} (both ends included) or {@code 75+};
 * a person chooses one of {@link #PERSON_BANDS}, or gives a birth year, whose age is the age reached this year. A
 * person counts in the organisation's band that holds the whole of their range, and in none when their range
 * straddles two bands.
 */
final class Ages {
    static final int OPEN = 150;
    static final List<String> PERSON_BANDS =
            List.of("0-17", "18-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+");
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*[-–]\\s*(\\d{1,3})");
    private static final Pattern FROM = Pattern.compile("(\\d{1,3})\\s*\\+");

    record Range(int from, int to) {
        boolean holds(Range other) {
            return from <= other.from && other.to <= to;
        }
    }

    private Ages() {}

    /** The range a band reads, or null when it reads as neither {@code a-b} (a ≤ b) nor {@code a+}. */
    static Range parse(String band) {
        String text = band == null ? "" : band.strip();
        var m = RANGE.matcher(text);
        if (m.matches()) {
            int from = Integer.parseInt(m.group(1));
            int to = Integer.parseInt(m.group(2));
            return from <= to && to < OPEN ? new Range(from, to) : null;
        }
        var f = FROM.matcher(text);
        if (f.matches()) {
            int from = Integer.parseInt(f.group(1));
            return from < OPEN ? new Range(from, OPEN) : null;
        }
        return null;
    }

    /** The band written the way the organisation's bands are stored: {@code 18-29} or {@code 75+}. */
    static String normal(Range r) {
        return r.to() >= OPEN ? r.from() + "+" : r.from() + "-" + r.to();
    }

    /** A person's range from their birth year or their chosen band; null when they gave neither. */
    static Range of(Integer birthYear, String band, int thisYear) {
        if (birthYear != null) {
            int age = Math.max(0, thisYear - birthYear);
            return new Range(age, age);
        }
        return band == null ? null : parse(band);
    }
}
