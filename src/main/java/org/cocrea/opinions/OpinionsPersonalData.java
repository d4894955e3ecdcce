package org.cocrea.opinions;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The opinions module's part of "download my data" (issue 19): statements, participation. */
@Component
class OpinionsPersonalData extends PersonalDataQueries {
    OpinionsPersonalData(JdbcClient jdbc) {
        super(jdbc, "opinions", section("statements", """
                        SELECT s.* FROM opinion_statement s WHERE s.author_id = :person
                        """), section("participation", """
                        SELECT p.* FROM opinion_participant p WHERE p.person_id = :person
                        """));
    }
}
