package org.cocrea.budget;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The budget module's part of "download my data" (issue 19): ballots. */
@Component
class BudgetPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    BudgetPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "budget";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ballots", PersonalData.rows(jdbc, """
                SELECT b.* FROM budget_ballot b WHERE b.voter_id = :person
                """, personId));
        return data;
    }
}
