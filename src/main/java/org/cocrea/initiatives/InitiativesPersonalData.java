package org.cocrea.initiatives;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The initiatives module's part of "download my data" (issue 19): created, memberships, follows, joinRequests, invitations, petitionSupports, factorAnswers. */
@Component
class InitiativesPersonalData extends PersonalDataQueries {
    InitiativesPersonalData(JdbcClient jdbc) {
        super(
                jdbc,
                "initiatives",
                section("created", """
                        SELECT id, title, level, status, created_at FROM initiative WHERE created_by = :person ORDER BY id
                        """),
                section("memberships", """
                        SELECT m.initiative_id, i.title, m.role, m.joined_at FROM initiative_member m JOIN initiative i ON i.id = m.initiative_id WHERE m.person_id = :person ORDER BY m.joined_at
                        """),
                section("follows", """
                        SELECT f.* FROM initiative_follow f WHERE f.person_id = :person
                        """),
                section("joinRequests", """
                        SELECT r.* FROM initiative_join_request r WHERE r.person_id = :person
                        """),
                section("invitations", """
                        SELECT v.* FROM initiative_invitation v WHERE v.person_id = :person
                        """),
                section("petitionSupports", """
                        SELECT s.* FROM petition_support s WHERE s.person_id = :person
                        """),
                section("factorAnswers", """
                        SELECT a.* FROM citizen_factor_answer a WHERE a.person_id = :person
                        """));
    }
}
