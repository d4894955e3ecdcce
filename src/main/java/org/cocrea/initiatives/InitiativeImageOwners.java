package org.cocrea.initiatives;

import org.cocrea.platform.ImageOwners;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Component;

/**
 * Who may see an image: whoever may read its initiative (an initiative's cover, or a proposal's or budget project's
 * picture in one of its tools). Public only while the initiative is (a published collective one).
 */
@Component
class InitiativeImageOwners implements ImageOwners {
    private final Initiatives initiatives;

    InitiativeImageOwners(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public Reach reach(long ownerId, SignedInPerson person) {
        return initiatives
                .visible(ownerId, person)
                .map(i -> i.isPublic() ? Reach.EVERYONE : Reach.READERS)
                .orElse(Reach.NOBODY);
    }
}
