package org.cocrea.rating;

import java.time.LocalDate;

/** (Public because the precompiled templates read it.) A reason as the results list it: its text and day, no name. */
public record RatingReason(String text, LocalDate day) {}
