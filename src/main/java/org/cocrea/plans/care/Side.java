package org.cocrea.plans.care;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.cocrea.initiatives.MemberRole;

/**
 * The two sides of an individual plan: the citizen (with their proxies) and the professionals of the care
 * team. Observers belong to neither: they read, they do not describe, rank, agree or score.
 */
public enum Side {
    CITIZEN("citizen"),
    PROFESSIONAL("professional");

    static final Set<MemberRole> CITIZEN_ROLES = EnumSet.of(MemberRole.CITIZEN, MemberRole.PROXY);
    static final Set<MemberRole> PROFESSIONAL_ROLES =
            EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER);
    public static final Set<MemberRole> EITHER = EnumSet.of(
            MemberRole.CITIZEN, MemberRole.PROXY, MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER);

    private final String code;

    Side(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<Side> of(MemberRole role) {
        if (CITIZEN_ROLES.contains(role)) {
            return Optional.of(CITIZEN);
        }
        return PROFESSIONAL_ROLES.contains(role) ? Optional.of(PROFESSIONAL) : Optional.empty();
    }
}
