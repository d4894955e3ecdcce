package org.cocrea.plans.privacy;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The plans module's part of "download my data" (issue 19): plansAboutMe, signatures, versionsWritten, accessesToMyPlans, diary. */
@Component
class PlansPersonalData extends PersonalDataQueries {
    PlansPersonalData(JdbcClient jdbc) {
        super(
                jdbc,
                "plans",
                section("plansAboutMe", """
                        SELECT v.* FROM plan_version v WHERE v.tool_instance_id IN (SELECT t.id FROM tool_instance t JOIN initiative_member m ON m.initiative_id = t.initiative_id WHERE m.person_id = :person AND m.role = 'citizen' AND t.tool_id = 'plan') ORDER BY v.tool_instance_id, v.version_no
                        """),
                section("signatures", """
                        SELECT s.* FROM plan_signature s WHERE s.signer_id = :person
                        """),
                section("versionsWritten", """
                        SELECT v.tool_instance_id, v.version_no, v.created_at FROM plan_version v WHERE v.author_id = :person
                        """),
                section("accessesToMyPlans", """
                        SELECT a.* FROM plan_audit a WHERE a.tool_instance_id IN (SELECT t.id FROM tool_instance t JOIN initiative_member m ON m.initiative_id = t.initiative_id WHERE m.person_id = :person AND m.role = 'citizen' AND t.tool_id = 'plan') ORDER BY a.id
                        """),
                section("diary", """
                        SELECT d.* FROM plan_diary d WHERE d.author_id = :person
                        """));
    }
}
