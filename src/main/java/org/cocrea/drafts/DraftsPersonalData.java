package org.cocrea.drafts;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The drafts module's part of "download my data" (issue 19): documents, amendments, coauthorships, supports. */
@Component
class DraftsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    DraftsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "drafts";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("documents", PersonalData.rows(jdbc, """
                SELECT d.* FROM draft_document d WHERE d.author_id = :person
                """, personId));
        data.put("amendments", PersonalData.rows(jdbc, """
                SELECT a.* FROM draft_amendment a WHERE a.author_id = :person
                """, personId));
        data.put("coauthorships", PersonalData.rows(jdbc, """
                SELECT c.* FROM draft_coauthor c WHERE c.person_id = :person
                """, personId));
        data.put("supports", PersonalData.rows(jdbc, """
                SELECT s.* FROM draft_support s WHERE s.person_id = :person
                """, personId));
        return data;
    }
}
