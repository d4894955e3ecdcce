package org.cocrea.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decision module's part of "download my data" (issue 19): created, positions, positionChanges. */
@Component
class DecisionPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    DecisionPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "decision";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("created", PersonalData.rows(jdbc, """
                SELECT d.* FROM decision d WHERE d.created_by = :person
                """, personId));
        data.put("positions", PersonalData.rows(jdbc, """
                SELECT p.* FROM decision_position p WHERE p.person_id = :person
                """, personId));
        data.put("positionChanges", PersonalData.rows(jdbc, """
                SELECT c.* FROM decision_position_change c WHERE c.person_id = :person
                """, personId));
        return data;
    }
}
