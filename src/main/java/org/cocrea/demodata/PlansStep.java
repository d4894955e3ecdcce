package org.cocrea.demodata;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.BulkPlans;
import org.cocrea.plans.PlanContent;
import org.springframework.stereotype.Component;

/** Plans: individual initiatives with a plan's history and a delivery diary, through {@link BulkPlans}. */
@Component
class PlansStep implements Step {
    private final BulkInitiatives initiatives;
    private final BulkPlans plans;
    private final Workplaces workplaces;
    private final Batches batches;

    PlansStep(BulkInitiatives initiatives, BulkPlans plans, Workplaces workplaces, Batches batches) {
        this.initiatives = initiatives;
        this.plans = plans;
        this.workplaces = workplaces;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "plans";
    }

    @Override
    public void run(Run r) {
        int size = 25;
        int total = r.n.plans();
        batches.run(r, "plans", Batches.count(total, size), total, b -> Batches.sizeOf(b, total, size), b -> {
            Random random = r.random("plans", b);
            for (int j = b * size; j < b * size + Batches.sizeOf(b, total, size); j++) {
                plan(r, random, j);
            }
        });
    }

    private void plan(Run r, Random random, int j) {
        int professional = j % r.n.professionals();
        var manager = Actor.professional(r.person(professional));
        int citizenIndex = r.citizenIndex(random);
        var citizen = Actor.citizen(r.person(citizenIndex));
        long id = initiatives.create(
                manager,
                new BulkInitiatives.NewInitiative(
                        "Progetto individuale n. " + (j + 1),
                        "Piano personale concordato con il servizio.",
                        "Dati dimostrativi generati.",
                        r.organisationOf(professional),
                        workplaces.departmentOf(r, professional),
                        ServiceDomain.SOCIAL_CARE,
                        Level.INDIVIDUAL,
                        EnumSet.of(CitizenRole.CO_DESIGNER),
                        EnumSet.of(Objective.EFFECTIVENESS),
                        List.of(
                                new TimelinePhase(1, Phase.CO_DESIGN, r.today.minusDays(90), r.today.minusDays(31)),
                                new TimelinePhase(1, Phase.CO_DELIVERY, r.today.minusDays(30), r.today.plusDays(270))),
                        Map.of(Phase.CO_DESIGN, List.of("plan"), Phase.CO_DELIVERY, List.of("actions")),
                        true));
        initiatives.addMember(manager, id, Run.email(citizenIndex), MemberRole.CITIZEN);
        var tools = initiatives.tools(id);
        history(r, random, instance(tools, "plan"), manager, citizen);
        delivery(r, random, instance(tools, "actions"), manager, citizen);
    }

    private static long instance(List<ToolInstance> tools, String toolId) {
        return tools.stream()
                .filter(t -> t.toolId().equals(toolId))
                .mapToLong(ToolInstance::id)
                .findFirst()
                .orElseThrow();
    }

    /** One action the citizen carries out, and a few diary entries from both sides, each a contribution. */
    private void delivery(Run r, Random random, long instance, Actor manager, Actor citizen) {
        long action = plans.addAction(
                instance, manager, Texts.pick(random, Texts.GOALS), citizen.personId(), r.today.plusDays(30));
        for (int e = 2 + random.nextInt(3); e > 0; e--) {
            var author = e % 2 == 0 ? citizen : manager;
            plans.log(
                    instance,
                    author,
                    action,
                    r.today.minusDays(random.nextInt(30)),
                    Texts.pick(random, Texts.GOALS),
                    15 * (1 + random.nextInt(8)));
        }
    }

    private void history(Run r, Random random, long instance, Actor manager, Actor citizen) {
        int versions = 1 + random.nextInt(3);
        for (int v = 1; v <= versions; v++) {
            var author = v % 2 == 1 ? manager : citizen;
            int number = plans.propose(instance, author, content(r, random, v));
            if (v == versions || random.nextInt(3) == 0) {
                plans.sign(instance, citizen, number);
                plans.sign(instance, manager, number);
            }
        }
        for (int g = 2 + random.nextInt(2); g > 0; g--) {
            String description = Texts.pick(random, Texts.GOALS);
            long goal = plans.addGoal(
                    instance,
                    manager,
                    description,
                    Texts.gasLevels(description),
                    1 + random.nextInt(3),
                    1 + random.nextInt(3));
            int level = -2 + random.nextInt(2);
            // A baseline some months ago, then follow-ups every one to three months, never after today.
            LocalDate on = r.today.minusDays(120 + random.nextInt(240));
            for (int f = 1 + random.nextInt(3); f > 0; f--) {
                plans.score(instance, f % 2 == 0 ? citizen : manager, goal, level, on);
                level = Math.min(2, level + random.nextInt(2));
                var next = on.plusDays(30 + random.nextInt(60));
                on = next.isAfter(r.today) ? r.today : next;
            }
        }
    }

    private static PlanContent content(Run r, Random random, int version) {
        String goal = Texts.pick(random, Texts.GOALS);
        return new PlanContent(
                goal + ".\n" + Texts.pick(random, Texts.GOALS) + " (revisione " + version + ").",
                "Assistenza domiciliare: " + (1 + random.nextInt(5)) + " volte a settimana, 2 ore.",
                "Servizi sociali del Comune; associazione di volontariato.",
                "Assistente sociale del Comune.",
                "La famiglia aiuta con la spesa.",
                random.nextBoolean() ? "Contributo economico mensile." : "Nessuna misura economica.",
                "Verifica ogni tre mesi con la scala GAS.",
                r.today.plusMonths(3 + random.nextInt(9)));
    }
}
