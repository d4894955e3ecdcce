package org.cocrea.ideas;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The ideas module's part of "download my data" (issue 19): ideas (their comments are the comments module's), supports, follows, reports. */
@Component
class IdeasPersonalData extends PersonalDataQueries {
    IdeasPersonalData(JdbcClient jdbc) {
        super(
                jdbc,
                "ideas",
                section("ideas", """
                        SELECT i.* FROM idea i WHERE i.author_id = :person ORDER BY i.id
                        """),
                section("supports", """
                        SELECT s.* FROM idea_support s WHERE s.person_id = :person
                        """),
                section("follows", """
                        SELECT f.* FROM idea_follow f WHERE f.person_id = :person
                        """),
                section("reports", """
                        SELECT r.* FROM idea_report r WHERE r.person_id = :person
                        """));
    }
}
