package org.cocrea.plans.needs;

/** A need in one life domain, as the citizen's side and the professional's side describe it. */
public record Need(long id, LifeDomain domain, String title, String citizenText, String professionalText) {}
