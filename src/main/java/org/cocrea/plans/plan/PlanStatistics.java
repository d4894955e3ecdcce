package org.cocrea.plans.plan;

import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.ParticipationByMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Signatures of plan versions (by the citizen, a proxy or the case manager) by month, for the platform statistics: one count query, nobody named. */
@Component
class PlanStatistics extends ParticipationByMonth {
    PlanStatistics(JdbcClient jdbc, CocreaSettings settings) {
        super(jdbc, settings, "admin.statistics.planSignatures", "signed_at", "plan_signature");
    }
}
