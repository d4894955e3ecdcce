package org.cocrea.rating;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rating module's part of "download my data" (issue 19): ratings. */
@Component
class RatingPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    RatingPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "rating";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ratings", PersonalData.rows(jdbc, """
                SELECT r.* FROM rating r WHERE r.person_id = :person ORDER BY r.id
                """, personId));
        return data;
    }
}
