package org.cocrea.tracking;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The tracking module's part of "download my data" (issue 19): updates. */
@Component
class TrackingPersonalData extends PersonalDataQueries {
    TrackingPersonalData(JdbcClient jdbc) {
        super(jdbc, "tracking", section("updates", """
                        SELECT u.* FROM tracked_update u WHERE u.author_id = :person
                        """));
    }
}
