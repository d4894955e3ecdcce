package org.cocrea.evidence.population;

import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.InitiativeSection;
import org.cocrea.initiatives.Level;
import org.cocrea.platform.SignedInPerson;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The initiative page links to "who took part" for collective and group initiatives (an individual initiative has
 * one citizen: nothing to compare). It runs no statement: the page is read only by people who may read the
 * initiative, and so may read its comparison.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PopulationSection implements InitiativeSection {
    @Override
    public RepresentationLink section(Initiative initiative, SignedInPerson person) {
        return initiative.level() == Level.INDIVIDUAL ? null : new RepresentationLink(initiative.id());
    }
}
