package org.cocrea.initiatives.petitions;

import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.ParticipationByMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Supports of petitions by month, for the platform statistics: one count query, nobody named. */
@Component
class PetitionStatistics extends ParticipationByMonth {
    PetitionStatistics(JdbcClient jdbc, CocreaSettings settings) {
        super(jdbc, settings, "admin.statistics.petitionSupports", "supported_at", "petition_support");
    }
}
