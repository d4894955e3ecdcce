package org.cocrea.initiatives;

import java.util.Set;

/**
 * What a person can do in one tool instance, for lists of many instances at once (the personal home's to-do
 * providers): the instance, its initiative's title, level and organisation, the person's role (null when they
 * have none: a public initiative they only see) and the tool actions that role allows there. Made by
 * {@link Initiatives#reach} and {@link Initiatives#instancesOf} with the rules of {@link Initiatives#toolAccess}.
 */
public record ToolReach(
        ToolInstance instance,
        String initiativeTitle,
        Level level,
        long organisationId,
        MemberRole role,
        Set<String> actions) {

    public boolean may(String action) {
        return actions.contains(action);
    }

    public long id() {
        return instance.id();
    }
}
