package org.cocrea.initiatives.core;

import org.cocrea.initiatives.MemberRole;

/** A person's membership of an initiative, with their name for display. */
public record Member(long personId, String name, MemberRole role) {}
