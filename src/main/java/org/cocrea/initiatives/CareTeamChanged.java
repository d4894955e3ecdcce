package org.cocrea.initiatives;

/**
 * The care team of an individual initiative (titled {@code title}) changed: {@code personId} went from
 * {@code before} to {@code after} (either null: added, removed), by {@code changedBy}, from {@code from} (the
 * remote address, for the access log). Published in the transaction of the change, so a listener that writes the plan's access log commits or
 * rolls back with it.
 */
public record CareTeamChanged(
        long initiativeId,
        String title,
        long personId,
        MemberRole before,
        MemberRole after,
        long changedBy,
        String from) {}
