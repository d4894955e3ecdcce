package org.cocrea.budget;

/** (Public for the templates.) How many voting codes a budget has, and how many were used. */
public record CodeCounts(long generated, long used) {}
