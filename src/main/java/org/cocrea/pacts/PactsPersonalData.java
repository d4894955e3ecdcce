package org.cocrea.pacts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pacts module's part of "download my data" (issue 19): created, parties, signatures, reports. */
@Component
class PactsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    PactsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "pacts";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("created", PersonalData.rows(jdbc, """
                SELECT p.id, p.created_at FROM pact p WHERE p.created_by = :person
                """, personId));
        data.put("parties", PersonalData.rows(jdbc, """
                SELECT p.* FROM pact_party p WHERE p.person_id = :person
                """, personId));
        data.put("signatures", PersonalData.rows(jdbc, """
                SELECT s.* FROM pact_signature s WHERE s.person_id = :person
                """, personId));
        data.put("reports", PersonalData.rows(jdbc, """
                SELECT r.* FROM pact_report r WHERE r.person_id = :person
                """, personId));
        return data;
    }
}
