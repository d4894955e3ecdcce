package org.cocrea.tracking;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tracking module's part of "download my data" (issue 19): updates. */
@Component
class TrackingPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    TrackingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "tracking";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("updates", PersonalData.rows(jdbc, """
                SELECT u.* FROM tracked_update u WHERE u.author_id = :person
                """, personId));
        return data;
    }
}
