package org.cocrea.shifts;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The shifts module's part of "download my data" (issue 19): signups. */
@Component
class ShiftsPersonalData extends PersonalDataQueries {
    ShiftsPersonalData(JdbcClient jdbc) {
        super(jdbc, "shifts", section("signups", """
                        SELECT s.* FROM shift_signup s WHERE s.person_id = :person
                        """));
    }
}
