package org.cocrea.ideas;

import org.cocrea.platform.NotFound;
import org.springframework.stereotype.Component;

/** Finds the proposal a request names in its instance, answering "not found" to whoever may not read it. */
@Component
class Places {
    private final IdeaRepository ideas;

    Places(IdeaRepository ideas) {
        this.ideas = ideas;
    }

    Idea idea(Place place, long ideaId) {
        return ideas.find(ideaId)
                .filter(i -> i.toolInstanceId() == place.id())
                .filter(place::mayRead)
                .orElseThrow(NotFound::new);
    }

    /** Whether the proposal is one of this instance's and the person may read it. */
    boolean readableHere(Place place, long ideaId) {
        return ideas.find(ideaId)
                .filter(i -> i.toolInstanceId() == place.id())
                .filter(place::mayRead)
                .isPresent();
    }

    boolean ideaIfReadable(Place place, long ideaId) {
        return ideas.find(ideaId).filter(place::mayRead).isPresent();
    }
}
