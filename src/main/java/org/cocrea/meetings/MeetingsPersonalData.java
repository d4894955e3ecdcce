package org.cocrea.meetings;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meetings module's part of "download my data" (issue 19): registrations. */
@Component
class MeetingsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    MeetingsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "meetings";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("registrations", PersonalData.rows(jdbc, """
                SELECT r.* FROM meeting_registration r WHERE r.person_id = :person
                """, personId));
        return data;
    }
}
