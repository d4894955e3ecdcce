package org.cocrea.decision;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The decision module's part of "download my data" (issue 19): created, positions, positionChanges. */
@Component
class DecisionPersonalData extends PersonalDataQueries {
    DecisionPersonalData(JdbcClient jdbc) {
        super(jdbc, "decision", section("created", """
                        SELECT d.* FROM decision d WHERE d.created_by = :person
                        """), section("positions", """
                        SELECT p.* FROM decision_position p WHERE p.person_id = :person
                        """), section("positionChanges", """
                        SELECT c.* FROM decision_position_change c WHERE c.person_id = :person
                        """));
    }
}
