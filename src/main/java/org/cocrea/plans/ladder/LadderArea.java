package org.cocrea.plans.ladder;

/** An area of the outcome ladder ("Salute fisica", "Casa"...), in the order it was added. */
public record LadderArea(long id, String name) {}
