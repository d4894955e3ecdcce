package org.cocrea.ledger;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.cocrea.accounts.Accounts;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo organisation's rates, so the demo ledgers show values and name the rates: an hour of a citizen's time at
 * 15 €, of a professional's at 30 €, a kilometre at 0,35 €, from the first of January of last year (every demo
 * contribution is more recent). The contributions themselves come from the other tools' seeds, through their
 * events (the plan's diary). Set only while the organisation has no rate.
 */
@Component
class LedgerDemoData implements DemoSeed {
    static final String ORGANISATION = "Comune di Esempio";
    private final DemoMode demo;
    private final Accounts accounts;
    private final LedgerRepository ledger;

    LedgerDemoData(DemoMode demo, Accounts accounts, LedgerRepository ledger) {
        this.demo = demo;
        this.accounts = accounts;
        this.ledger = ledger;
    }

    @Override
    @Transactional
    public void seed() {
        var organisation = accounts.organisationByName(ORGANISATION).orElse(null);
        var admin = accounts.personByEmail("admin@example.org").orElse(null);
        if (!demo.claimed() || organisation == null || admin == null || ledger.rateCount(organisation.id()) > 0) {
            return;
        }
        var from = LocalDate.now(ZoneOffset.UTC).minusYears(1).withDayOfYear(1);
        ledger.setRate(
                organisation.id(), new Rate(Rate.Kind.VOLUNTEER_HOUR, new BigDecimal("15.00"), from), admin.id());
        ledger.setRate(
                organisation.id(), new Rate(Rate.Kind.PROFESSIONAL_HOUR, new BigDecimal("30.00"), from), admin.id());
        ledger.setRate(organisation.id(), new Rate(Rate.Kind.KILOMETRE, new BigDecimal("0.35"), from), admin.id());
    }
}
