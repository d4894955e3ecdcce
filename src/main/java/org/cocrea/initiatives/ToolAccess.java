package org.cocrea.initiatives;

import java.util.Set;

/**
 * A person's standing in one tool instance, decided once per request: the instance, its initiative (which
 * the person may see), their role there (null when they have none) and the tool actions that role allows.
 */
public record ToolAccess(ToolInstance instance, Initiative initiative, MemberRole role, Set<String> actions) {
    public boolean may(String action) {
        return actions.contains(action);
    }
}
