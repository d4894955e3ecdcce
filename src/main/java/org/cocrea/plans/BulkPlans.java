package org.cocrea.plans;

import java.time.LocalDate;
import java.util.List;
import org.cocrea.plans.actions.ActionsService;
import org.cocrea.plans.actions.PerformerKind;
import org.cocrea.plans.plan.Goal;
import org.cocrea.plans.plan.GoalForm;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanService;
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
    private final ActionsService actions;
    /** The last few people's access to their plan: a history is written by two people, call after call. */
    private final java.util.Map<String, PlanService.Access> opened = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(java.util.Map.Entry<String, PlanService.Access> eldest) {
            return size() > 8;
        }
    };

    BulkPlans(PlanService service, GoalRepository goals, ActionsService actions) {
        this.service = service;
        this.goals = goals;
        this.actions = actions;
    }

    @Transactional
    public int propose(long instanceId, SignedInPerson author, PlanContent content) {
        return service.propose(open(instanceId, author), content);
    }

    @Transactional
    public void sign(long instanceId, SignedInPerson signer, int version) {
        service.sign(open(instanceId, signer), version);
    }

    /**
     * Adds a goal with its five written levels (−2 first) and importance and difficulty (each 1..3), and returns
     * its id.
     */
    @Transactional
    public long addGoal(
            long instanceId,
            SignedInPerson author,
            String description,
            List<String> levels,
            int importance,
            int difficulty) {
        service.addGoal(
                open(instanceId, author),
                new GoalForm(description, levels, Integer.toString(importance), Integer.toString(difficulty)));
        return goals.of(instanceId).stream().mapToLong(Goal::id).max().orElseThrow();
    }

    /** Scores a goal on a day (the first score by date is the baseline). */
    @Transactional
    public void score(long instanceId, SignedInPerson scorer, long goalId, int level, LocalDate on) {
        service.score(open(instanceId, scorer), goalId, Integer.toString(level), on.toString());
    }

    /** Adds an action of the plan, carried out by {@code performer} (a member of the team), and returns its id. */
    @Transactional
    public long addAction(long actionsInstanceId, SignedInPerson author, String title, long performer, LocalDate due) {
        var a = actions.open(actionsInstanceId, author, FROM);
        return actions.add(a, title, PerformerKind.CITIZEN.code(), Long.toString(performer), due.toString());
    }

    /** Writes a diary entry (a contribution when it records time) as {@code author} would on the diary form. */
    @Transactional
    public void log(
            long actionsInstanceId, SignedInPerson author, long action, LocalDate on, String what, int minutes) {
        var a = actions.open(actionsInstanceId, author, FROM);
        actions.log(
                a,
                new ActionsService.DiaryForm(
                        on.toString(), Long.toString(action), what, Integer.toString(minutes), "", "", ""));
    }

    /** Access is checked once per person and plan: roles do not change while a history is written. */
    private synchronized PlanService.Access open(long instanceId, SignedInPerson person) {
        return opened.computeIfAbsent(
                instanceId + "/" + person.personId(), k -> service.open(instanceId, person, FROM));
    }

    public List<Goal> goals(long instanceId) {
        return goals.of(instanceId);
    }
}
