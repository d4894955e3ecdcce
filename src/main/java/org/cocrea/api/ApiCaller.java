package org.cocrea.api;

import java.util.Set;
import org.cocrea.accounts.Person;
import org.cocrea.platform.SignedInPerson;

/**
 * Who calls the JSON API with a token: the person as the database has them on this request (rights follow the
 * account), the token's scopes and its id (for the rate limit and the log).
 */
record ApiCaller(Person person, Set<ApiScope> scopes, long tokenId) implements SignedInPerson {
    @Override
    public long personId() {
        return person.id();
    }

    @Override
    public String displayName() {
        return person.name();
    }

    @Override
    public boolean isAdmin() {
        return person.admin();
    }

    @Override
    public boolean isProfessional() {
        return person.professional();
    }

    boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}
