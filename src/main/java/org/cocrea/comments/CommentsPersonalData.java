package org.cocrea.comments;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The comments module's part of "download my data" (issue 19): comments, reports. */
@Component
class CommentsPersonalData extends PersonalDataQueries {
    CommentsPersonalData(JdbcClient jdbc) {
        super(jdbc, "comments", section("comments", """
                        SELECT c.* FROM comment c WHERE c.author_id = :person ORDER BY c.id
                        """), section("reports", """
                        SELECT r.* FROM comment_report r WHERE r.person_id = :person
                        """));
    }
}
