package org.cocrea.plans.privacy;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;

/** The citizen's privacy page: consents, emergency accesses, erasure, and what they may change. */
public record PrivacyPage(
        Initiative initiative,
        long instanceId,
        List<ProxyConsent> proxies,
        boolean sharing,
        List<Consent> history,
        List<EmergencyAccess> emergencies,
        Erasure erasure,
        Map<Long, String> names,
        boolean mayChange) {

    /** A proxy of the initiative and whether the citizen's consent to them acting for the citizen is active. */
    public record ProxyConsent(long personId, String name, boolean consented) {}

    public String name(Long personId) {
        return personId == null ? "—" : names.getOrDefault(personId, "—");
    }
}
