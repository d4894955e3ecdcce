package org.cocrea.initiatives;

/** A person's membership of an initiative, with their name for display. */
public record Member(long personId, String name, MemberRole role) {}
