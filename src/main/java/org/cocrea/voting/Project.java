package org.cocrea.voting;

/**
 * A project that can be funded.
 *
 * @param id the project's identifier as voters know it
 * @param cost the cost in the election's money units (see {@link Election#moneyScale()})
 */
public record Project(String id, long cost) {}
