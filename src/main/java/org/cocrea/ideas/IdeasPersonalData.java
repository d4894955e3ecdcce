package org.cocrea.ideas;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ideas module's part of "download my data" (issue 19): ideas (their comments are the comments module's), supports, follows, reports. */
@Component
class IdeasPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    IdeasPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "ideas";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ideas", PersonalData.rows(jdbc, """
                SELECT i.* FROM idea i WHERE i.author_id = :person ORDER BY i.id
                """, personId));
        data.put("supports", PersonalData.rows(jdbc, """
                SELECT s.* FROM idea_support s WHERE s.person_id = :person
                """, personId));
        data.put("follows", PersonalData.rows(jdbc, """
                SELECT f.* FROM idea_follow f WHERE f.person_id = :person
                """, personId));
        data.put("reports", PersonalData.rows(jdbc, """
                SELECT r.* FROM idea_report r WHERE r.person_id = :person
                """, personId));
        return data;
    }
}
