package org.cocrea.vote;

import java.util.Map;

/** (Public because the precompiled templates read it.) A named ballot with its voter's name. */
public record NamedBallot(String voter, Map<Long, Integer> marks) {}
