package org.cocrea.ledger;

import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.InitiativeSection;
import org.cocrea.initiatives.Phase;
import org.cocrea.platform.SignedInPerson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The initiative page links to its ledger when its timeline has a co-delivery phase (where contributions are made),
 * before the comments. The page already spends its statement budget, so this runs none: the initiative page is read
 * only by people who may read the initiative, and so may read its ledger.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class LedgerSection implements InitiativeSection {
    @Override
    public LedgerLink section(Initiative initiative, SignedInPerson person) {
        boolean delivers = initiative.timeline().stream().anyMatch(p -> p.phase() == Phase.CO_DELIVERY);
        return delivers ? new LedgerLink(initiative.id()) : null;
    }
}
