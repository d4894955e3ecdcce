package org.cocrea.ledger;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ledger module's part of "download my data" (issue 19): entries. */
@Component
class LedgerPersonalData extends PersonalDataQueries {
    LedgerPersonalData(JdbcClient jdbc) {
        super(jdbc, "ledger", section("entries", """
                        SELECT e.* FROM ledger_entry e WHERE e.person_id = :person ORDER BY e.id
                        """));
    }
}
