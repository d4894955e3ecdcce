package org.cocrea.plans.actions;

import java.time.LocalDate;

/** An action of the plan: what, who carries it out (a member of the care team), by when, and its status. */
public record PlanAction(
        long id, String title, PerformerKind kind, long performerId, LocalDate due, ActionStatus status) {}
