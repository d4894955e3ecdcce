package org.cocrea.api;

import java.util.List;

/** (Public for the templates.) The new-token form as typed: a name, the scopes ticked, days until it expires. */
public record TokenForm(String name, List<String> scopes, String days) {
    public static TokenForm empty() {
        return new TokenForm("", List.of("read:public"), "90");
    }

    public boolean ticked(String scope) {
        return scopes != null && scopes.contains(scope);
    }
}
