package org.cocrea.plans;

import org.cocrea.initiatives.MemberRole;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanRepository;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Five years of a plan's life, for the statement budget and the benchmark: 200 versions (every tenth
 * signed by the citizen and the case manager), ten goals with ten follow-up scores each.
 */
final class PlanHistory {
    static final int VERSIONS = 200;
    static final int GOALS = 10;
    static final int SCORES_PER_GOAL = 10;

    record Seeded(int versions, int signatures, int scores) {}

    private PlanHistory() {}

    static Seeded seed(JdbcClient jdbc, PrivatePlan plan) {
        var plans = new PlanRepository(jdbc);
        var goals = new GoalRepository(jdbc);
        long worker = PrivatePlan.person(jdbc, org.cocrea.testing.Demo.SOCIAL_WORKER);
        int signatures = 0;
        for (int v = plans.latestNumber(plan.instance()) + 1; v <= VERSIONS; v++) {
            var content = new PlanContent(
                    "Obiettivi della versione " + v + "\n" + "Camminare ogni giorno. ".repeat(20),
                    "Fisioterapia settimanale, versione " + v,
                    "ASL, famiglia, volontari",
                    "Assistente sociale",
                    "La figlia aiuta con la spesa",
                    "Nessuna",
                    "Minuti di cammino a settimana",
                    java.time.LocalDate.of(2027, 1, 1).plusDays(v));
            plans.addVersion(plan.instance(), v % 2 == 0 ? worker : plan.citizenId(), content);
            if (v % 10 == 0) {
                plans.sign(plan.instance(), v, plan.citizenId(), MemberRole.CITIZEN, content.sha256());
                plans.sign(plan.instance(), v, worker, MemberRole.OWNER, content.sha256());
                signatures += 2;
            }
        }
        int scores = 0;
        for (int g = goals.of(plan.instance()).size(); g < GOALS; g++) {
            goals.add(plan.instance(), "Obiettivo " + g, 1 + g % 3, worker);
        }
        for (var goal : goals.of(plan.instance())) {
            for (int s = goal.scores(); s < SCORES_PER_GOAL; s++) {
                goals.score(plan.instance(), goal.id(), (s % 5) - 2, s % 2 == 0 ? worker : plan.citizenId());
                scores++;
            }
        }
        return new Seeded(plans.latestNumber(plan.instance()), signatures, scores);
    }
}
