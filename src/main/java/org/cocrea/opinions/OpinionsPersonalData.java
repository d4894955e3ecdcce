package org.cocrea.opinions;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The opinions module's part of "download my data" (issue 19): statements, participation. */
@Component
class OpinionsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    OpinionsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "opinions";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("statements", PersonalData.rows(jdbc, """
                SELECT s.* FROM opinion_statement s WHERE s.author_id = :person
                """, personId));
        data.put("participation", PersonalData.rows(jdbc, """
                SELECT p.* FROM opinion_participant p WHERE p.person_id = :person
                """, personId));
        return data;
    }
}
