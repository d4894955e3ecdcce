package org.cocrea.survey;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The survey module's part of "download my data" (issue 19): namedResponses, answers. */
@Component
class SurveyPersonalData extends PersonalDataQueries {
    SurveyPersonalData(JdbcClient jdbc) {
        super(jdbc, "survey", section("namedResponses", """
                        SELECT r.id, r.tool_instance_id, r.submitted_on FROM survey_response r WHERE r.person_id = :person
                        """), section("answers", """
                        SELECT a.* FROM survey_answer a JOIN survey_response r ON r.id = a.response_id WHERE r.person_id = :person
                        """));
    }
}
