package org.cocrea.plans.care;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.BulkPeople;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.ladder.LadderService;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.plan.GoalRepository;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.Language;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo plan: five more people followed by the same social worker, each in an individual initiative with a
 * signed plan, two scored GAS goals (co-design) and an outcome ladder read twice (co-assessment). With the demo plan
 * they make six plans, enough for the evidence portfolio to show the individual cells' GAS and ladder figures without
 * pointing at anyone (a group of fewer than five plans is suppressed, ADR 0028). The people have no usable password
 * (a random one nobody knows): they are there to be counted. Seeded once: an existing first person stops it.
 */
@Component
public class CohortDemoData implements DemoSeed {
    public static final String TITLE = "Progetto individuale di sostegno";
    static final int SIZE = 5;

    /** Each person's latest GAS levels (walking-like goal, second goal) and ladder means, first then latest. */
    private static final int[][] LEVELS = {{-1, 0, 1, 1}, {-2, -1, 0, 0}, {-1, -1, 0, 1}, {-2, -2, -1, 0}, {-1, 0, 1, 2}
    };

    /** What −2..+2 would look like for the two goals, agreed before the baseline. */
    private static final List<String> OUTINGS = List.of(
            "Non esce di casa",
            "Esce una volta a settimana",
            "Esce tre volte a settimana",
            "Esce ogni giorno",
            "Esce ogni giorno e frequenta il centro del quartiere");

    private static final List<String> NEIGHBOURS = List.of(
            "Nessun contatto con il vicinato",
            "Saluta qualche vicino",
            "Parla con un vicino ogni settimana",
            "Partecipa a un incontro del quartiere al mese",
            "Aiuta a organizzare gli incontri del quartiere");

    private final DemoMode demo;
    private final Accounts accounts;
    private final BulkPeople people;
    private final BulkInitiatives initiatives;
    private final PlanRepository plans;
    private final GoalRepository goals;
    private final LadderRepository ladder;
    private final MessageSource messages;

    CohortDemoData(
            DemoMode demo,
            Accounts accounts,
            BulkPeople people,
            BulkInitiatives initiatives,
            PlanRepository plans,
            GoalRepository goals,
            LadderRepository ladder,
            MessageSource messages) {
        this.demo = demo;
        this.accounts = accounts;
        this.people = people;
        this.initiatives = initiatives;
        this.plans = plans;
        this.goals = goals;
        this.ladder = ladder;
        this.messages = messages;
    }

    @Override
    public java.util.Set<Class<? extends DemoSeed>> after() {
        return java.util.Set.of(CareDemoData.class);
    }

    static String email(int n) {
        return "persona" + n + ".piano@example.org";
    }

    @Override
    @Transactional
    public void seed() {
        var worker = accounts.personByEmail(PlansDemoData.CASE_MANAGER).orElse(null);
        if (!demo.claimed() || worker == null || worker.organisationId() == null) {
            return;
        }
        if (accounts.personByEmail(email(1)).isPresent()) {
            return;
        }
        var names = List.of("Anna Galli", "Bruno Costa", "Carla Fontana", "Dario Rizzi", "Emma Moretti");
        var list = new ArrayList<BulkPeople.NewPerson>();
        for (int n = 1; n <= SIZE; n++) {
            list.add(new BulkPeople.NewPerson(email(n), names.get(n - 1), Language.IT));
        }
        var ids = people.createVerified(list, UUID.randomUUID().toString());
        var owner = worker.asSignedIn();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        for (int n = 1; n <= SIZE; n++) {
            long initiative = initiatives.create(
                    owner,
                    new BulkInitiatives.NewInitiative(
                            TITLE + " " + n,
                            "Un piano personale concordato con l'assistente sociale e valutato insieme.",
                            "Dati dimostrativi: uno dei piani che le evidenze tra le iniziative contano insieme.",
                            worker.organisationId(),
                            worker.departmentId(),
                            ServiceDomain.SOCIAL_CARE,
                            Level.INDIVIDUAL,
                            EnumSet.of(CitizenRole.CO_DESIGNER),
                            EnumSet.of(Objective.EFFECTIVENESS),
                            List.of(
                                    new TimelinePhase(1, Phase.CO_DESIGN, today.minusDays(150), today.minusDays(61)),
                                    new TimelinePhase(1, Phase.CO_ASSESSMENT, today.minusDays(60), today.plusDays(30))),
                            Map.of(Phase.CO_DESIGN, List.of(PlanTool.ID), Phase.CO_ASSESSMENT, List.of(LadderTool.ID)),
                            true));
            initiatives.addMember(owner, initiative, email(n), MemberRole.CITIZEN);
            var tools = initiatives.tools(initiative);
            plan(instance(tools, PlanTool.ID), worker.id(), ids.get(n - 1), LEVELS[n - 1], today);
            ladder(instance(tools, LadderTool.ID), worker.id(), ids.get(n - 1), LEVELS[n - 1], today);
        }
    }

    private static long instance(List<ToolInstance> tools, String toolId) {
        return tools.stream()
                .filter(t -> t.toolId().equals(toolId))
                .mapToLong(ToolInstance::id)
                .findFirst()
                .orElseThrow();
    }

    private void plan(long instance, long worker, long citizen, int[] levels, LocalDate today) {
        var content = new PlanContent(
                "Uscire di casa ogni giorno.\nRiprendere i contatti con il vicinato.",
                "Educatore domiciliare: 2 volte a settimana, 6 mesi.",
                "Servizi sociali del Comune; associazione di quartiere.",
                "Assistente sociale del Comune di Esempio.",
                "I vicini e l'associazione di quartiere.",
                "Nessuna misura economica prevista.",
                "Uscite a settimana; incontri con il vicinato.",
                today.plusMonths(6));
        int version = plans.addVersion(instance, worker, content);
        plans.sign(instance, version, citizen, MemberRole.CITIZEN, content.sha256());
        plans.sign(instance, version, worker, MemberRole.OWNER, content.sha256());
        goals.add(instance, "Uscire di casa ogni giorno", OUTINGS, 2, 2, worker);
        goals.add(instance, "Riprendere i contatti con il vicinato", NEIGHBOURS, 3, 1, worker);
        var ids = goals.of(instance);
        // A baseline about four months ago, then a follow-up a week ago.
        goals.score(instance, ids.get(0).id(), levels[0], today.minusDays(120), worker);
        goals.score(instance, ids.get(1).id(), levels[1], today.minusDays(120), worker);
        goals.score(instance, ids.get(0).id(), levels[2], today.minusDays(7), citizen);
        goals.score(instance, ids.get(1).id(), levels[3], today.minusDays(7), worker);
    }

    private void ladder(long instance, long worker, long citizen, int[] levels, LocalDate today) {
        IntStream.rangeClosed(1, LadderService.DEFAULT_AREAS)
                .forEach(i -> ladder.addArea(
                        instance, messages.getMessage("care.ladder.default." + i, null, Locale.ITALIAN)));
        var areas = ladder.areas(instance);
        var first = new java.util.LinkedHashMap<Long, Integer>();
        var latest = new java.util.LinkedHashMap<Long, Integer>();
        for (int i = 0; i < areas.size(); i++) {
            int base = 3 + (i + levels[1] + 2) % 3;
            first.put(areas.get(i).id(), base);
            latest.put(areas.get(i).id(), Math.min(10, base + 1 + Math.max(0, levels[2])));
        }
        ladder.addReading(instance, citizen, MemberRole.CITIZEN, today.minusDays(55), Map.copyOf(first));
        ladder.addReading(instance, worker, MemberRole.OWNER, today.minusDays(3), Map.copyOf(latest));
    }
}
