package org.cocrea.ideas;

import org.cocrea.initiatives.Initiatives;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Finds the instance and the proposal a request names, answering "not found" to whoever may not know them. */
@Component
class Places {
    private final Initiatives initiatives;
    private final IdeaRepository ideas;

    Places(Initiatives initiatives, IdeaRepository ideas) {
        this.initiatives = initiatives;
        this.ideas = ideas;
    }

    Place place(long toolInstanceId, SignedInPerson me) {
        var instance = initiatives
                .toolInstance(toolInstanceId)
                .filter(i -> i.toolId().equals(IdeasTool.ID))
                .orElseThrow(Places::notFound);
        var initiative = initiatives.visible(instance.initiativeId(), me).orElseThrow(Places::notFound);
        return new Place(instance, initiative, initiatives.role(initiative.id(), me), me);
    }

    Idea idea(Place place, long ideaId) {
        return ideas.find(ideaId)
                .filter(i -> i.toolInstanceId() == place.id())
                .filter(place::mayRead)
                .orElseThrow(Places::notFound);
    }

    boolean ideaIfReadable(Place place, long ideaId) {
        return ideas.find(ideaId).filter(place::mayRead).isPresent();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
