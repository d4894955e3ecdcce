package org.cocrea.vote;

/** (Public because the precompiled templates read it.) One option of a vote, in its position order. */
public record VoteOption(long id, long voteId, int position, String title, String description) {}
