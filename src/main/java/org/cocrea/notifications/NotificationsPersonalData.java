package org.cocrea.notifications;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notifications module's part of "download my data" (issue 19): notifications, settings. */
@Component
class NotificationsPersonalData extends PersonalDataQueries {
    NotificationsPersonalData(JdbcClient jdbc) {
        super(jdbc, "notifications", section("notifications", """
                        SELECT n.* FROM notification n WHERE n.person_id = :person ORDER BY n.id
                        """), section("settings", """
                        SELECT s.* FROM notification_setting s WHERE s.person_id = :person
                        """));
    }
}
