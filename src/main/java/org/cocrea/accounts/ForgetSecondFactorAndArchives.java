package org.cocrea.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account keeps neither its second factor (app or passkeys), nor an archive of its data, nor its
 * identities at OpenID Connect providers (in the deleting transaction).
 */
@Component
class ForgetSecondFactorAndArchives {
    private final SecondFactorRepository factors;
    private final MyDataRepository archives;
    private final PasskeyRepository passkeys;
    private final OidcIdentityRepository identities;

    ForgetSecondFactorAndArchives(
            SecondFactorRepository factors,
            MyDataRepository archives,
            PasskeyRepository passkeys,
            OidcIdentityRepository identities) {
        this.factors = factors;
        this.archives = archives;
        this.passkeys = passkeys;
        this.identities = identities;
    }

    @EventListener
    void on(PersonDeleted deleted) {
        factors.deleteFor(deleted.personId());
        archives.deleteFor(deleted.personId());
        passkeys.deleteFor(deleted.personId());
        identities.deleteFor(deleted.personId());
    }
}
