package org.cocrea.plans;

import java.util.List;
import org.cocrea.platform.SignedInPerson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writing plan histories through the plan service, as the citizen and the case manager would, with every
 * rule and audit entry (the demo-data generator, imports). Each call is what one person does on one page.
 */
@Service
public class BulkPlans {
    /** Who writes, from where: the audit records both. */
    private static final String FROM = "demo-data";

    private final PlanService service;
    private final GoalRepository goals;

    BulkPlans(PlanService service, GoalRepository goals) {
        this.service = service;
        this.goals = goals;
    }

    @Transactional
    public int propose(long instanceId, SignedInPerson author, PlanContent content) {
        return service.propose(service.open(instanceId, author, FROM), content);
    }

    @Transactional
    public void sign(long instanceId, SignedInPerson signer, int version) {
        service.sign(service.open(instanceId, signer, FROM), version);
    }

    /** Adds a goal and returns its id. */
    @Transactional
    public long addGoal(long instanceId, SignedInPerson author, String description, double weight) {
        service.addGoal(service.open(instanceId, author, FROM), description, Double.toString(weight));
        return goals.of(instanceId).stream().mapToLong(Goal::id).max().orElseThrow();
    }

    @Transactional
    public void score(long instanceId, SignedInPerson scorer, long goalId, int level) {
        service.score(service.open(instanceId, scorer, FROM), goalId, Integer.toString(level));
    }

    public List<Goal> goals(long instanceId) {
        return goals.of(instanceId);
    }
}
