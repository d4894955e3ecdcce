package org.cocrea.initiatives;

import java.util.Arrays;
import java.util.Optional;

/** A person's role in one initiative; citizen and proxy exist for individual initiatives. */
public enum MemberRole {
    OWNER("owner"),
    FACILITATOR("facilitator"),
    MEMBER("member"),
    OBSERVER("observer"),
    CITIZEN("citizen"),
    PROXY("proxy");

    private final String code;

    MemberRole(String code) {
        this.code = code;
    }

    /** The lower-case English value used in the database, URLs, the JSON API and message keys. */
    public String code() {
        return code;
    }

    /** Owners and facilitators run the initiative: timeline, tools, members. */
    public boolean facilitates() {
        return this == OWNER || this == FACILITATOR;
    }

    public static Optional<MemberRole> fromCode(String code) {
        return Arrays.stream(values()).filter(v -> v.code.equals(code)).findFirst();
    }
}
