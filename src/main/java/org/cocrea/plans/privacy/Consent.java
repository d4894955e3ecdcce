package org.cocrea.plans.privacy;

import java.time.OffsetDateTime;

/** One consent: who gave it, to whom (a proxy, or nobody for data sharing), for what, when, withdrawn when. */
public record Consent(
        long id, long citizenId, Long proxyId, ConsentScope scope, OffsetDateTime givenAt, OffsetDateTime withdrawnAt) {

    public boolean active() {
        return withdrawnAt == null;
    }
}
