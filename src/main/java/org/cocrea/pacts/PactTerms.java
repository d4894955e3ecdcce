package org.cocrea.pacts;

import java.time.LocalDate;
import java.util.List;

/**
 * (Public because the precompiled templates read it through {@link Pact}.) The parts of a pact that its parties
 * sign, as the regulations list them: the same record for the pact as stored, as typed on the form and in the
 * canonical text ({@link PactText}), so that a part added tomorrow is signed as soon as it is stored.
 */
public record PactTerms(
        boolean complex,
        String title,
        String goodKind,
        String goodDescription,
        String geometryKind,
        String geometry,
        String objectives,
        String actions,
        LocalDate startsOn,
        LocalDate endsOn,
        String renewal,
        List<String> provides,
        String providesText,
        int reportEveryMonths,
        String safety,
        String suspension) {}
