package org.cocrea.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A deleted account keeps neither its second factor (app or passkeys) nor an archive of its data (in the deleting
 * transaction).
 */
@Component
class ForgetSecondFactorAndArchives {
    private final SecondFactorRepository factors;
    private final MyDataRepository archives;
    private final PasskeyRepository passkeys;

    ForgetSecondFactorAndArchives(
            SecondFactorRepository factors, MyDataRepository archives, PasskeyRepository passkeys) {
        this.factors = factors;
        this.archives = archives;
        this.passkeys = passkeys;
    }

    @EventListener
    void on(PersonDeleted deleted) {
        factors.deleteFor(deleted.personId());
        archives.deleteFor(deleted.personId());
        passkeys.deleteFor(deleted.personId());
    }
}
