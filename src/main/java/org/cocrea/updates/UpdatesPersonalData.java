package org.cocrea.updates;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The updates module's part of "download my data" (issue 19): posts. */
@Component
class UpdatesPersonalData extends PersonalDataQueries {
    UpdatesPersonalData(JdbcClient jdbc) {
        super(jdbc, "updates", section("posts", """
                        SELECT p.* FROM update_post p WHERE p.author_id = :person
                        """));
    }
}
