package org.cocrea.map;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The map module's part of "download my data" (issue 19): features. */
@Component
class MapPersonalData implements PersonalData {
    private final JdbcClient jdbc;

    MapPersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "map";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("features", PersonalData.rows(jdbc, """
                SELECT f.* FROM map_feature f WHERE f.author_id = :person
                """, personId));
        return data;
    }
}
