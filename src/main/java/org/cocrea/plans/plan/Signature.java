package org.cocrea.plans.plan;

import java.time.OffsetDateTime;
import org.cocrea.initiatives.MemberRole;

/** A signature of one version, with the role the signer held and the hash of what they signed. */
public record Signature(
        int version, long signerId, MemberRole role, OffsetDateTime signedAt, String sha256, boolean stillMatches) {

    /** The citizen, or a proxy they consented to, signs for the person the plan is about. */
    public boolean forCitizen() {
        return role == MemberRole.CITIZEN || role == MemberRole.PROXY;
    }

    /** The case manager (referente) is the professional who owns the individual initiative. */
    public boolean byCaseManager() {
        return role == MemberRole.OWNER;
    }
}
