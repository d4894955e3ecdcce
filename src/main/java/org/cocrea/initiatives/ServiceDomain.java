package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** The public service area an initiative belongs to. */
public enum ServiceDomain {
    HEALTH("health"),
    EDUCATION("education"),
    SOCIAL_CARE("social-care"),
    ENVIRONMENT_AND_PARKS("environment-and-parks"),
    HOUSING("housing"),
    MOBILITY("mobility"),
    CULTURE("culture"),
    SAFETY("safety"),
    OTHER("other");

    private final String code;

    ServiceDomain(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    public static Optional<ServiceDomain> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
