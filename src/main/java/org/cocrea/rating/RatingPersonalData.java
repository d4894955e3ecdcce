package org.cocrea.rating;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The rating module's part of "download my data" (issue 19): ratings. */
@Component
class RatingPersonalData extends PersonalDataQueries {
    RatingPersonalData(JdbcClient jdbc) {
        super(jdbc, "rating", section("ratings", """
                        SELECT r.* FROM rating r WHERE r.person_id = :person ORDER BY r.id
                        """));
    }
}
