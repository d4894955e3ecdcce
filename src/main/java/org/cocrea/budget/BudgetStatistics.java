package org.cocrea.budget;

import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.ParticipationByMonth;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Ballots cast in participatory budgets by month, for the platform statistics: one count query, nobody named. */
@Component
class BudgetStatistics extends ParticipationByMonth {
    BudgetStatistics(JdbcClient jdbc, CocreaSettings settings) {
        super(jdbc, settings, "admin.statistics.budgetBallots", "cast_at", "budget_ballot");
    }
}
