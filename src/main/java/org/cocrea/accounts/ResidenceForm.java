package org.cocrea.accounts;

/** (Public for the templates.) A residence claim as typed; the identifier is never shown back. */
public record ResidenceForm(String organisation, String identifier) {}
