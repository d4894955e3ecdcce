package org.cocrea.evidence.population;

/**
 * (Public for the templates.) What a person said of themselves for the representativeness statistics; every part
 * optional: a birth year or an age band (never both), a gender ({@code undisclosed} for "prefer not to say"), a
 * district among an organisation's district bands.
 */
public record SelfDescription(
        long personId,
        Integer birthYear,
        String ageBand,
        String gender,
        Long districtOrganisationId,
        String district) {}
