package org.cocrea.evidence;

import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.InitiativeSection;
import org.cocrea.platform.SignedInPerson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The initiative page links to its evidence page, for every initiative (each declares objectives), after the ledger's link. The page already
 * spends its statement budget, so this runs none: whoever reads the initiative page may read its evidence.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class EvidenceSection implements InitiativeSection {
    @Override
    public EvidenceLink section(Initiative initiative, SignedInPerson person) {
        return new EvidenceLink(initiative.id());
    }
}
