package org.cocrea.shifts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shifts module's part of "download my data" (issue 19): signups. */
@Component
class ShiftsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    ShiftsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "shifts";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("signups", PersonalData.rows(jdbc, """
                SELECT s.* FROM shift_signup s WHERE s.person_id = :person
                """, personId));
        return data;
    }
}
