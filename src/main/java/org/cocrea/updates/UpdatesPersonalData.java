package org.cocrea.updates;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The updates module's part of "download my data" (issue 19): posts. */
@Component
class UpdatesPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    UpdatesPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "updates";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("posts", PersonalData.rows(jdbc, """
                SELECT p.* FROM update_post p WHERE p.author_id = :person
                """, personId));
        return data;
    }
}
