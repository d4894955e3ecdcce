package org.cocrea.accounts;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A deleted account keeps neither its second factor nor an archive of its data (in the deleting transaction). */
@Component
class ForgetSecondFactorAndArchives {
    private final SecondFactorRepository factors;
    private final MyDataRepository archives;

    ForgetSecondFactorAndArchives(SecondFactorRepository factors, MyDataRepository archives) {
        this.factors = factors;
        this.archives = archives;
    }

    @EventListener
    void on(PersonDeleted deleted) {
        factors.deleteFor(deleted.personId());
        archives.deleteFor(deleted.personId());
    }
}
