package org.cocrea.pacts;

import java.util.List;

/**
 * (Public because the precompiled templates read it.) A pact as typed: every part, the parties as person ids, the
 * dates as ISO dates; {@code shownSha256} is the hash of the text the editor started from.
 */
public record PactForm(
        String title,
        String complex,
        String goodKind,
        String goodDescription,
        String geometryKind,
        String coordinates,
        String objectives,
        String actions,
        String startsOn,
        String endsOn,
        String renewal,
        List<String> provides,
        String providesText,
        String reportEveryMonths,
        String safety,
        String suspension,
        List<String> citizens,
        String associationName,
        String representative,
        String officeName,
        String officer,
        String shownSha256) {

    static PactForm empty(java.time.LocalDate today, Long me, boolean meCitizen, Long officer) {
        return new PactForm(
                "",
                null,
                "green-area",
                "",
                "polygon",
                "",
                "",
                "",
                today.toString(),
                today.plusYears(1).toString(),
                "",
                List.of(),
                "",
                "6",
                "",
                "",
                meCitizen && me != null ? List.of(String.valueOf(me)) : List.of(),
                "",
                "",
                "",
                officer == null ? "" : String.valueOf(officer),
                "");
    }

    boolean isComplex() {
        return "true".equals(complex) || "on".equals(complex);
    }

    boolean provides(String what) {
        return provides != null && provides.contains(what);
    }

    boolean hasCitizen(long id) {
        return citizens != null && citizens.contains(String.valueOf(id));
    }
}
