package org.cocrea.vote;

import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.ParticipationByMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballots cast in votes by month, for the platform statistics: one count query, nobody named. */
@Component
class VoteStatistics extends ParticipationByMonth {
    VoteStatistics(JdbcClient jdbc, CocreaSettings settings) {
        super(jdbc, settings, "admin.statistics.voteBallots", "cast_at", "vote_ballot");
    }
}
