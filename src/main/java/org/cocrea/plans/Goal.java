package org.cocrea.plans;

/** A GAS goal with its weight and, once scored, its latest level (null before the first score). */
public record Goal(long id, String description, double weight, Integer latestLevel, int scores) {}
