package org.cocrea.initiatives.factors;

import org.cocrea.initiatives.Initiative;

/** What the factors page shows to one viewer; {@code mine} is the viewer's own answers only. */
public record FactorsPage(
        Initiative initiative,
        Factors.Answers readiness,
        Factors.Answers mine,
        Factors.Aggregate aggregate,
        boolean owner,
        boolean member,
        String error) {}
