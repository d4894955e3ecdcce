package org.cocrea.notifications;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The notifications module's part of "download my data" (issue 19): notifications, settings. */
@Component
class NotificationsPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    NotificationsPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "notifications";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("notifications", PersonalData.rows(jdbc, """
                SELECT n.* FROM notification n WHERE n.person_id = :person ORDER BY n.id
                """, personId));
        data.put("settings", PersonalData.rows(jdbc, """
                SELECT s.* FROM notification_setting s WHERE s.person_id = :person
                """, personId));
        return data;
    }
}
