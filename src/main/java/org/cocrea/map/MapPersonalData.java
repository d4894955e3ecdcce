package org.cocrea.map;

import org.cocrea.platform.PersonalDataQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The map module's part of "download my data" (issue 19): features. */
@Component
class MapPersonalData extends PersonalDataQueries {
    MapPersonalData(JdbcClient jdbc) {
        super(jdbc, "map", section("features", """
                        SELECT f.* FROM map_feature f WHERE f.author_id = :person
                        """));
    }
}
