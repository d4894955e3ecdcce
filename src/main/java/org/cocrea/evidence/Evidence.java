package org.cocrea.evidence;

/** The evidence module's thresholds, named once (ADR 0023). */
final class Evidence {
    /** A figure from fewer people is not shown: the page, the portfolio and the open data say it is suppressed. */
    static final int MIN_PEOPLE = 5;

    /** A group with fewer values gets a plain warning that the numbers are too few to say anything. */
    static final int MIN_VALUES = 5;

    private Evidence() {}
}
