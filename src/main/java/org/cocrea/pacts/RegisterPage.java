package org.cocrea.pacts;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/**
 * (Public because the precompiled templates read it.) The register of pacts: one instance's (with its initiative) or
 * the organisation-wide one (initiative null), filtered by state and kind of good, with each pact's parties and
 * reported hours, the GeoJSON address of its map and the filters' base address.
 */
public record RegisterPage(
        Initiative initiative,
        ToolInstance instance,
        List<Pact> pacts,
        Map<Long, List<Party>> parties,
        Map<Long, BigDecimal> hours,
        String state,
        String kind,
        boolean mayPropose,
        String base,
        String area) {

    public List<Party> partiesOf(Pact p) {
        return parties.getOrDefault(p.id(), List.of());
    }

    public BigDecimal hoursOf(Pact p) {
        return hours.getOrDefault(p.id(), BigDecimal.ZERO);
    }

    /** The association's name, when the pact has one. */
    public String association(Pact p) {
        return partiesOf(p).stream()
                .filter(x -> x.role().equals(Party.ASSOCIATION))
                .map(Party::bodyName)
                .findFirst()
                .orElse(null);
    }
}
