package org.cocrea.vote;

import java.util.LinkedHashMap;
import java.util.Map;
import org.cocrea.platform.PersonalData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The vote module's part of "download my data" (issue 19): ballots. */
@Component
class VotePersonalData implements PersonalData {
    private final JdbcClient jdbc;

    VotePersonalData(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String module() {
        return "vote";
    }

    @Override
    public Object of(long personId) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ballots", PersonalData.rows(jdbc, """
                SELECT b.* FROM vote_ballot b WHERE b.voter_id = :person
                """, personId));
        return data;
    }
}
