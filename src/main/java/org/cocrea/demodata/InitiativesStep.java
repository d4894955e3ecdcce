package org.cocrea.demodata;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Random;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.TimelinePhase;
import org.springframework.stereotype.Component;

/** Initiatives: initiatives over the twelve cells of the typology with their members, through {@link BulkInitiatives}. */
@Component
class InitiativesStep implements Step {
    private final BulkInitiatives initiatives;
    private final Workplaces workplaces;
    private final Batches batches;

    InitiativesStep(BulkInitiatives initiatives, Workplaces workplaces, Batches batches) {
        this.initiatives = initiatives;
        this.workplaces = workplaces;
        this.batches = batches;
    }

    @Override
    public String name() {
        return "initiatives";
    }

    /** Initiative {@code i} sits in cell {@code i % 12}: level by rows of four, phase by column. */
    static Level level(int i) {
        return Level.values()[(i % 12) / 4];
    }

    static Phase phase(int i) {
        return Phase.values()[i % 4];
    }

    /** The k-th collective co-commissioning initiative holds budget k while k is below the budget count. */
    static int budgetSlot(int i, Scale.Counts n) {
        boolean cell = level(i) == Level.COLLECTIVE && phase(i) == Phase.CO_COMMISSIONING;
        return cell && i / 12 < n.budgets() ? i / 12 : -1;
    }

    static int initiativeOfBudget(int k) {
        return 12 * k + 8;
    }

    @Override
    public void run(Run r) {
        int size = 50;
        int total = r.n.initiatives();
        batches.run(r, "initiatives", Batches.count(total, size), total, b -> Batches.sizeOf(b, total, size), b -> {
            Random random = r.random("initiatives", b);
            for (int i = b * size; i < b * size + Batches.sizeOf(b, total, size); i++) {
                initiative(r, random, i);
            }
        });
        r.initiativeIds = generatedInitiatives(r);
    }

    private List<Long> generatedInitiatives(Run r) {
        var ids = new ArrayList<Long>();
        r.organisationIds.forEach(o -> ids.addAll(initiatives.initiativeIds(o)));
        ids.sort(Long::compare);
        return ids;
    }

    private void initiative(Run r, Random random, int i) {
        int professional = i % r.n.professionals();
        var owner = Actor.professional(r.person(professional));
        Level level = level(i);
        Phase active = phase(i);
        var tools = new LinkedHashMap<Phase, List<String>>();
        tools.put(active, budgetSlot(i, r.n) >= 0 ? List.of("updates", "budget") : List.of("updates"));
        String subject = Texts.subject(random);
        String title = Texts.capitalise(subject) + ": " + Texts.PHASE_WORDS.get(active.ordinal()) + " ("
                + Texts.LEVEL_WORDS.get(level.ordinal()) + ", n. " + (i + 1) + ")";
        long id = initiatives.create(
                owner,
                new BulkInitiatives.NewInitiative(
                        title,
                        "Iniziativa generata sul tema " + subject + ".",
                        "Dati dimostrativi generati (seme " + r.seed + ").\n\nTema: *" + subject + "*.",
                        r.organisationOf(professional),
                        workplaces.departmentOf(r, professional),
                        Texts.pick(random, List.of(ServiceDomain.values())),
                        level,
                        EnumSet.of(Texts.pick(random, List.of(CitizenRole.values()))),
                        EnumSet.of(Texts.pick(
                                random,
                                List.of(
                                        Objective.EFFECTIVENESS,
                                        Objective.EFFICIENCY,
                                        Objective.CUSTOMER_SATISFACTION,
                                        Objective.NONE))),
                        timeline(r.today, active, random.nextBoolean()),
                        tools,
                        true));
        members(r, random, id, level, owner);
    }

    /** Earlier phases in consecutive 60-day blocks before the active one, which spans today. */
    static List<TimelinePhase> timeline(LocalDate today, Phase active, boolean withNext) {
        var phases = new ArrayList<TimelinePhase>();
        for (Phase p : Phase.values()) {
            int offset = p.ordinal() - active.ordinal();
            if (offset > 1 || (offset == 1 && !withNext)) {
                continue;
            }
            LocalDate start = today.minusDays(30).plusDays(60L * offset);
            phases.add(new TimelinePhase(1, p, start, start.plusDays(59)));
        }
        return phases;
    }

    private void members(Run r, Random random, long id, Level level, Actor owner) {
        switch (level) {
            case INDIVIDUAL -> {
                int citizen = r.citizenIndex(random);
                initiatives.addMember(owner, id, Run.email(citizen), MemberRole.CITIZEN);
                if (random.nextInt(3) == 0) {
                    // The citizen is fixed once named: a draw of the same person stays the citizen, not a proxy.
                    int proxy = r.citizenIndex(random);
                    if (proxy != citizen) {
                        initiatives.addMember(owner, id, Run.email(proxy), MemberRole.PROXY);
                    }
                }
            }
            case GROUP -> {
                for (int k = 3 + random.nextInt(6); k > 0; k--) {
                    int citizen = r.citizenIndex(random);
                    initiatives.addMember(owner, id, Run.email(citizen), MemberRole.MEMBER);
                    initiatives.join(Actor.citizen(r.person(citizen)), id);
                }
            }
            case COLLECTIVE -> {
                var joining = new ArrayList<Long>();
                for (int k = 10 + random.nextInt(50); k > 0; k--) {
                    joining.add(r.person(r.citizenIndex(random)));
                }
                initiatives.joinAll(id, joining);
                initiatives.follow(Actor.citizen(joining.get(0)), id);
            }
        }
    }
}
