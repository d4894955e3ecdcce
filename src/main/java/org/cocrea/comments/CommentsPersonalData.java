package org.cocrea.comments;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The comments module's part of "download my data" (issue 19): comments, reports. */
@Component
class CommentsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    CommentsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "comments";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("comments", PersonalData.rows(jdbc, """
                SELECT c.* FROM comment c WHERE c.author_id = :person ORDER BY c.id
                """, personId));
        data.put("reports", PersonalData.rows(jdbc, """
                SELECT r.* FROM comment_report r WHERE r.person_id = :person
                """, personId));
        return data;
    }
}
