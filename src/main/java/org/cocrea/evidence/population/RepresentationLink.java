package org.cocrea.evidence.population;

/** (Public for the templates.) The initiative page's link to the comparison of its participants with the population. */
public record RepresentationLink(long initiativeId) {}
