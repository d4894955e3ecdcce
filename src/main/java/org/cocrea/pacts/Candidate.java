package org.cocrea.pacts;

/** (Public because the precompiled templates read it.) A member who may be a party of a pact. */
public record Candidate(long id, String name, boolean professional) {}
