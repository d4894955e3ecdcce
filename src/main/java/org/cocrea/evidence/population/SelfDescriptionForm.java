package org.cocrea.evidence.population;

/**
 * (Public for the templates.) The self-description form as typed: birth year, age band, gender and district (the
 * district as {@code organisationId:band}).
 */
public record SelfDescriptionForm(String birthYear, String ageBand, String gender, String district) {
    static SelfDescriptionForm empty() {
        return new SelfDescriptionForm("", "", "", "");
    }

    static SelfDescriptionForm of(SelfDescription d) {
        if (d == null) {
            return empty();
        }
        return new SelfDescriptionForm(
                d.birthYear() == null ? "" : String.valueOf(d.birthYear()),
                d.ageBand() == null ? "" : d.ageBand(),
                d.gender() == null ? "" : d.gender(),
                d.district() == null || d.districtOrganisationId() == null
                        ? ""
                        : d.districtOrganisationId() + ":" + d.district());
    }
}
