package org.cocrea.ledger;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ledger module's part of "download my data" (issue 19): entries. */
@Component
class LedgerPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    LedgerPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "ledger";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("entries", PersonalData.rows(jdbc, """
                SELECT e.* FROM ledger_entry e WHERE e.person_id = :person ORDER BY e.id
                """, personId));
        return data;
    }
}
