package org.cocrea.plans;

/** A need in one life domain, as the citizen's side and the professional's side describe it. */
public record Need(long id, LifeDomain domain, String title, String citizenText, String professionalText) {}
