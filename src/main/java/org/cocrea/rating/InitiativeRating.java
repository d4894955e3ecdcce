package org.cocrea.rating;

import java.util.Comparator;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.InitiativeSection;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.SignedInPerson;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The faces on the initiative page ({@code initiatives/show.jte} draws them with {@code rating/faces.jte}) when the
 * initiative has a rating: that of its active phase, else the newest. Two statements: the initiative's instances
 * and the person's face of today. Ordered before the comments, which end the page.
 */
@Component
@Order(0)
class InitiativeRating implements InitiativeSection {
    private final Initiatives initiatives;
    private final RatingRepository ratings;
    private final RatingService service;

    InitiativeRating(Initiatives initiatives, RatingRepository ratings, RatingService service) {
        this.initiatives = initiatives;
        this.ratings = ratings;
        this.service = service;
    }

    @Override
    public RatingSection section(Initiative initiative, SignedInPerson person) {
        var today = service.today();
        var active = initiative.activePhase(today).orElse(null);
        var instance = initiatives.toolInstancesOf(initiative.id()).stream()
                .filter(t -> t.toolId().equals(RatingTool.ID))
                .max(Comparator.comparing((ToolInstance t) -> t.phase() == active)
                        .thenComparing(ToolInstance::id))
                .orElse(null);
        if (instance == null) {
            return null;
        }
        var mine = person == null
                ? null
                : ratings.mine(instance.id(), person.personId(), today).orElse(null);
        return new RatingSection(
                instance.id(), person != null, mine == null ? null : mine.face(), mine == null ? null : mine.reason());
    }
}
