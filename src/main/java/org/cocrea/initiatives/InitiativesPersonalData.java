package org.cocrea.initiatives;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The initiatives module's part of "download my data" (issue 19): created, memberships, follows, joinRequests, invitations, petitionSupports, factorAnswers. */
@Component
class InitiativesPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    InitiativesPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "initiatives";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("created", PersonalData.rows(jdbc, """
                SELECT id, title, level, status, created_at FROM initiative WHERE created_by = :person ORDER BY id
                """, personId));
        data.put("memberships", PersonalData.rows(jdbc, """
                SELECT m.initiative_id, i.title, m.role, m.joined_at FROM initiative_member m JOIN initiative i ON i.id = m.initiative_id WHERE m.person_id = :person ORDER BY m.joined_at
                """, personId));
        data.put("follows", PersonalData.rows(jdbc, """
                SELECT f.* FROM initiative_follow f WHERE f.person_id = :person
                """, personId));
        data.put("joinRequests", PersonalData.rows(jdbc, """
                SELECT r.* FROM initiative_join_request r WHERE r.person_id = :person
                """, personId));
        data.put("invitations", PersonalData.rows(jdbc, """
                SELECT v.* FROM initiative_invitation v WHERE v.person_id = :person
                """, personId));
        data.put("petitionSupports", PersonalData.rows(jdbc, """
                SELECT s.* FROM petition_support s WHERE s.person_id = :person
                """, personId));
        data.put("factorAnswers", PersonalData.rows(jdbc, """
                SELECT a.* FROM citizen_factor_answer a WHERE a.person_id = :person
                """, personId));
        return data;
    }
}
