package org.cocrea.drafts;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The drafts module's part of "download my data" (issue 19): documents, amendments, coauthorships, supports. */
@Component
class DraftsPersonalData extends PersonalDataQueries {
    DraftsPersonalData(JdbcClient jdbc) {
        super(
                jdbc,
                "drafts",
                section("documents", """
                        SELECT d.* FROM draft_document d WHERE d.author_id = :person
                        """),
                section("amendments", """
                        SELECT a.* FROM draft_amendment a WHERE a.author_id = :person
                        """),
                section("coauthorships", """
                        SELECT c.* FROM draft_coauthor c WHERE c.person_id = :person
                        """),
                section("supports", """
                        SELECT s.* FROM draft_support s WHERE s.person_id = :person
                        """));
    }
}
