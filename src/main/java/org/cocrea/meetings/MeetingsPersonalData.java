package org.cocrea.meetings;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The meetings module's part of "download my data" (issue 19): registrations. */
@Component
class MeetingsPersonalData extends PersonalDataQueries {
    MeetingsPersonalData(JdbcClient jdbc) {
        super(jdbc, "meetings", section("registrations", """
                        SELECT r.* FROM meeting_registration r WHERE r.person_id = :person
                        """));
    }
}
