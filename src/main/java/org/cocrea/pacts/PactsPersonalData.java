package org.cocrea.pacts;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The pacts module's part of "download my data" (issue 19): created, parties, signatures, reports. */
@Component
class PactsPersonalData extends PersonalDataQueries {
    PactsPersonalData(JdbcClient jdbc) {
        super(
                jdbc,
                "pacts",
                section("created", """
                        SELECT p.id, p.created_at FROM pact p WHERE p.created_by = :person
                        """),
                section("parties", """
                        SELECT p.* FROM pact_party p WHERE p.person_id = :person
                        """),
                section("signatures", """
                        SELECT s.* FROM pact_signature s WHERE s.person_id = :person
                        """),
                section("reports", """
                        SELECT r.* FROM pact_report r WHERE r.person_id = :person
                        """));
    }
}
