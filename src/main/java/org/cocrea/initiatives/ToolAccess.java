package org.cocrea.initiatives;

import java.util.Set;
import org.cocrea.platform.SignedInPerson;

/**
 * A person's standing in one tool instance, decided once per request: the instance, its initiative (which
 * the person may see), their role there (null when they have none), the tool actions that role allows, the
 * person (null when nobody is signed in) and, when opened for a web request ({@link OpenTool}), the address the
 * request came from, for audit logs.
 */
public record ToolAccess(
        ToolInstance instance,
        Initiative initiative,
        MemberRole role,
        Set<String> actions,
        SignedInPerson person,
        String remoteAddress) {

    public boolean may(String action) {
        return actions.contains(action);
    }

    /** The instance's id, the number in the tool's routes. */
    public long id() {
        return instance.id();
    }

    public ToolAccess from(String address) {
        return new ToolAccess(instance, initiative, role, actions, person, address);
    }
}
