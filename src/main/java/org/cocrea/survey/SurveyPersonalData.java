package org.cocrea.survey;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The survey module's part of "download my data" (issue 19): namedResponses, answers. */
@Component
class SurveyPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    SurveyPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "survey";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("namedResponses", PersonalData.rows(jdbc, """
                SELECT r.id, r.tool_instance_id, r.submitted_on FROM survey_response r WHERE r.person_id = :person
                """, personId));
        data.put("answers", PersonalData.rows(jdbc, """
                SELECT a.* FROM survey_answer a JOIN survey_response r ON r.id = a.response_id WHERE r.person_id = :person
                """, personId));
        return data;
    }
}
