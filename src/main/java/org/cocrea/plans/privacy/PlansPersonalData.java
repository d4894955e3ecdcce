package org.cocrea.plans.privacy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plans module's part of "download my data" (issue 19): plansAboutMe, signatures, versionsWritten, accessesToMyPlans, diary. */
@Component
class PlansPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    PlansPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "plans";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("plansAboutMe", PersonalData.rows(jdbc, """
                SELECT v.* FROM plan_version v WHERE v.tool_instance_id IN (SELECT t.id FROM tool_instance t JOIN initiative_member m ON m.initiative_id = t.initiative_id WHERE m.person_id = :person AND m.role = 'citizen' AND t.tool_id = 'plan') ORDER BY v.tool_instance_id, v.version_no
                """, personId));
        data.put("signatures", PersonalData.rows(jdbc, """
                SELECT s.* FROM plan_signature s WHERE s.signer_id = :person
                """, personId));
        data.put("versionsWritten", PersonalData.rows(jdbc, """
                SELECT v.tool_instance_id, v.version_no, v.created_at FROM plan_version v WHERE v.author_id = :person
                """, personId));
        data.put("accessesToMyPlans", PersonalData.rows(jdbc, """
                SELECT a.* FROM plan_audit a WHERE a.tool_instance_id IN (SELECT t.id FROM tool_instance t JOIN initiative_member m ON m.initiative_id = t.initiative_id WHERE m.person_id = :person AND m.role = 'citizen' AND t.tool_id = 'plan') ORDER BY a.id
                """, personId));
        data.put("diary", PersonalData.rows(jdbc, """
                SELECT d.* FROM plan_diary d WHERE d.author_id = :person
                """, personId));
        return data;
    }
}
