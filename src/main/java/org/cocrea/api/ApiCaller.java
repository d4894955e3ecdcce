package org.cocrea.api;

import java.util.Set;
import org.cocrea.accounts.Person;
import org.cocrea.platform.SignedInPerson;

/**
 * Who calls the JSON API with a token: the person as the database has them on this request (rights follow the
 * account), the token's scopes and its id (for the rate limit and the log).
 */
record ApiCaller(Person person, SignedInPerson signedIn, Set<ApiScope> scopes, long tokenId) implements SignedInPerson {
    ApiCaller(Person person, Set<ApiScope> scopes, long tokenId) {
        this(person, person.asSignedIn(), scopes, tokenId);
    }

    // The person's own answers, as every module reads a signed-in person.
    @Override
    public long personId() {
        return signedIn.personId();
    }

    @Override
    public String displayName() {
        return signedIn.displayName();
    }

    @Override
    public boolean isAdmin() {
        return signedIn.isAdmin();
    }

    @Override
    public boolean isProfessional() {
        return signedIn.isProfessional();
    }

    boolean may(ApiScope scope) {
        return scopes.contains(scope);
    }
}
