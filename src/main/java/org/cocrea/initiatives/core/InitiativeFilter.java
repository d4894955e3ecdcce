package org.cocrea.initiatives.core;

import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.Status;

/** The filters of the list, the typology and the API; null means "any". */
public record InitiativeFilter(
        Level level,
        Phase phase,
        ServiceDomain domain,
        Objective objective,
        CitizenRole role,
        Long organisationId,
        Status status,
        String query) {

    public static InitiativeFilter none() {
        return new InitiativeFilter(null, null, null, null, null, null, null, null);
    }

    public InitiativeFilter withLevelAndPhase(Level l, Phase p) {
        return new InitiativeFilter(l, p, domain, objective, role, organisationId, status, query);
    }

    /** The filters as a query string (without level and phase), for links that keep them. */
    public String queryString() {
        var q = new StringBuilder();
        append(q, "level", level == null ? null : level.code());
        append(q, "phase", phase == null ? null : phase.code());
        append(q, "domain", domain == null ? null : domain.code());
        append(q, "objective", objective == null ? null : objective.code());
        append(q, "role", role == null ? null : role.code());
        append(q, "organisation", organisationId == null ? null : organisationId.toString());
        append(q, "status", status == null ? null : status.code());
        append(q, "q", query);
        return q.toString();
    }

    private static void append(StringBuilder q, String name, String value) {
        if (value != null && !value.isBlank()) {
            q.append(q.isEmpty() ? "" : "&")
                    .append(name)
                    .append('=')
                    .append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
        }
    }
}
