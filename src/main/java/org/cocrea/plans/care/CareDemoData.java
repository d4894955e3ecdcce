package org.cocrea.plans.care;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.actions.ActionRepository;
import org.cocrea.plans.actions.ActionStatus;
import org.cocrea.plans.actions.ActionsTool;
import org.cocrea.plans.actions.DiaryContributions;
import org.cocrea.plans.actions.PerformerKind;
import org.cocrea.plans.ladder.LadderArea;
import org.cocrea.plans.ladder.LadderRepository;
import org.cocrea.plans.ladder.LadderService;
import org.cocrea.plans.ladder.LadderTool;
import org.cocrea.plans.needs.LifeDomain;
import org.cocrea.plans.needs.NeedRepository;
import org.cocrea.plans.needs.NeedsTool;
import org.cocrea.plans.needs.Ranking;
import org.cocrea.plans.plan.PlanRepository;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.plans.plan.PlansDemoData;
import org.cocrea.plans.review.ReviewRepository;
import org.cocrea.plans.review.ReviewTool;
import org.cocrea.platform.DemoMode;
import org.cocrea.platform.DemoSeed;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * After the demo plan: the other phases of "Piano personale di salute" get their tools with
 * realistic content, so every page of the individual row has something to show: the needs described and
 * ranked by both sides with an agreed order (co-commissioning), actions and a diary with contributions
 * (co-delivery), two ladder readings by each side (co-assessment), and a review meeting next to the plan.
 * Each tool is seeded only while it is empty, and only in the demo initiatives.
 */
@Component
public class CareDemoData implements DemoSeed {
    public static final String NEEDS_INITIATIVE = PlansDemoData.INITIATIVE;
    public static final String DELIVERY_INITIATIVE = PlansDemoData.INITIATIVE;
    public static final String ASSESSMENT_INITIATIVE = PlansDemoData.INITIATIVE;
    static final String PARENT = "parent@example.org";

    private final DemoMode demo;
    private final Initiatives initiatives;
    private final Accounts accounts;
    private final NeedRepository needs;
    private final ActionRepository actions;
    private final LadderRepository ladder;
    private final ReviewRepository reviews;
    private final PlanRepository plans;
    private final MessageSource messages;
    private final DiaryContributions contributions;

    CareDemoData(
            DemoMode demo,
            Initiatives initiatives,
            Accounts accounts,
            NeedRepository needs,
            ActionRepository actions,
            LadderRepository ladder,
            ReviewRepository reviews,
            PlanRepository plans,
            MessageSource messages,
            DiaryContributions contributions) {
        this.contributions = contributions;
        this.demo = demo;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.needs = needs;
        this.actions = actions;
        this.ladder = ladder;
        this.reviews = reviews;
        this.plans = plans;
        this.messages = messages;
    }

    /** The three people of the demo plan. */
    record People(long worker, long citizen, long parent) {}

    /** The other tools join the demo plan's initiative, so the plan comes first. */
    @Override
    public java.util.Set<Class<? extends DemoSeed>> after() {
        return java.util.Set.of(PlansDemoData.class);
    }

    @Override
    @Transactional
    public void seed() {
        var worker = accounts.personByEmail(PlansDemoData.CASE_MANAGER).orElse(null);
        var citizen = accounts.personByEmail(PlansDemoData.CITIZEN).orElse(null);
        var parent = accounts.personByEmail(PARENT).orElse(null);
        if (!demo.claimed() || worker == null || citizen == null || parent == null) {
            return;
        }
        var people = new People(worker.id(), citizen.id(), parent.id());
        tool(worker, NEEDS_INITIATIVE, Phase.CO_COMMISSIONING, NeedsTool.ID)
                .filter(i -> needs.of(i.id()).isEmpty())
                .ifPresent(i -> seedNeeds(i.id(), people));
        tool(worker, DELIVERY_INITIATIVE, Phase.CO_DELIVERY, ActionsTool.ID)
                .filter(i -> actions.actions(i.id()).isEmpty())
                .ifPresent(i -> seedActions(i, people));
        tool(worker, ASSESSMENT_INITIATIVE, Phase.CO_ASSESSMENT, LadderTool.ID)
                .filter(i -> ladder.areas(i.id()).isEmpty())
                .ifPresent(i -> seedLadder(i.id(), people));
        tool(worker, PlansDemoData.INITIATIVE, Phase.CO_DESIGN, ReviewTool.ID)
                .filter(i -> reviews.cycles(i.id()) == 0)
                .ifPresent(i -> seedReview(i, people));
    }

    /** The demo initiative's instance of the tool, placed in its phase the first time. */
    private Optional<ToolInstance> tool(Person worker, String title, Phase phase, String toolId) {
        var initiative = initiatives.toolInstances("updates").stream()
                .filter(i -> i.phase() == phase)
                .map(ToolInstance::initiativeId)
                .filter(id -> initiatives
                        .visible(id, as(worker))
                        .filter(x -> x.title().equals(title))
                        .isPresent())
                .findFirst();
        if (initiative.isEmpty()) {
            return Optional.empty();
        }
        var existing = initiatives.toolInstances(toolId).stream()
                .filter(i -> i.initiativeId() == initiative.get())
                .findFirst();
        return existing.isPresent()
                ? existing
                : Optional.of(initiatives.addToolForDemo(initiative.get(), phase, toolId));
    }

    private void seedNeeds(long instance, People p) {
        long smoke = needs.add(
                instance,
                LifeDomain.HEALTH,
                "Smettere di fumare",
                "Fumo da trent’anni, circa quindici sigarette al giorno. Vorrei smettere, ma da solo non ci riesco.",
                "Fumatore di lunga data con tosse al mattino; motivato, ha già provato due volte. Indicato il"
                        + " gruppo del centro antifumo.",
                p.worker());
        long move = needs.add(
                instance,
                LifeDomain.HEALTH,
                "Muoversi di più",
                "Dopo l’operazione al ginocchio esco poco di casa e mi stanco subito.",
                "Mobilità ridotta dopo la protesi al ginocchio; fisioterapia e gruppo di cammino possono aiutare.",
                p.citizen());
        long food = needs.add(
                instance,
                LifeDomain.DAILY_LIVING,
                "Mangiare in modo più sano",
                "Mangio spesso piatti pronti: cucinare per una persona sola mi pesa.",
                "Alimentazione poco varia, sovrappeso. La figlia può aiutare con la spesa; utile un incontro con"
                        + " la dietista.",
                p.parent());
        long lonely = needs.add(
                instance,
                LifeDomain.RELATIONSHIPS,
                "Sentirmi meno solo",
                "Da quando mia moglie non c’è più vedo poca gente.",
                "Rischio di isolamento; il gruppo di cammino del quartiere è anche un’occasione di incontro.",
                p.citizen());
        long bills = needs.add(
                instance,
                LifeDomain.MONEY,
                "Pagare le bollette d’inverno",
                "Con la pensione arrivo a fine mese a fatica, soprattutto d’inverno.",
                "Verificare i requisiti per il bonus sociale su luce e gas.",
                p.worker());
        needs.rank(instance, p.citizen(), MemberRole.CITIZEN, List.of(move, lonely, smoke, food, bills));
        needs.rank(instance, p.parent(), MemberRole.PROXY, List.of(smoke, move, food, lonely, bills));
        needs.rank(instance, p.worker(), MemberRole.OWNER, List.of(smoke, move, food, lonely, bills));
        String agreed = Ranking.key(List.of(move, smoke, lonely, food, bills));
        needs.confirm(instance, agreed, p.worker(), MemberRole.OWNER);
        needs.confirm(instance, agreed, p.citizen(), MemberRole.CITIZEN);
    }

    private void seedActions(ToolInstance tool, People p) {
        long instance = tool.id();
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        long walk = actions.add(
                instance,
                "Camminare 30 minuti con il gruppo di cammino del quartiere, tre volte a settimana",
                PerformerKind.CITIZEN,
                p.citizen(),
                today.plusMonths(3),
                p.worker());
        long shopping = actions.add(
                instance,
                "Spesa settimanale al mercato e una cena cucinata insieme",
                PerformerKind.FAMILY,
                p.parent(),
                today.plusMonths(3),
                p.worker());
        long smoke = actions.add(
                instance,
                "Iscrizione al gruppo per smettere di fumare del centro antifumo",
                PerformerKind.PROFESSIONAL,
                p.worker(),
                today.minusDays(20),
                p.worker());
        actions.add(
                instance,
                "Domanda del bonus sociale per luce e gas",
                PerformerKind.PROFESSIONAL,
                p.worker(),
                today.plusMonths(1),
                p.worker());
        actions.status(instance, walk, ActionStatus.IN_PROGRESS);
        actions.status(instance, shopping, ActionStatus.IN_PROGRESS);
        actions.status(instance, smoke, ActionStatus.DONE);
        log(
                tool,
                p.worker(),
                entry(
                        smoke,
                        today.minusDays(35),
                        "Telefonata al centro antifumo:" + " iscrizione al gruppo del martedì.",
                        20,
                        null,
                        null,
                        "Posto trovato nel gruppo di aprile."));
        for (int week = 5; week >= 0; week--) {
            LocalDate day = today.minusDays(7L * week + 2);
            log(
                    tool,
                    p.citizen(),
                    entry(
                            walk,
                            day,
                            "Camminata con il gruppo al parco",
                            30 + 5 * (5 - week),
                            new BigDecimal(String.valueOf(2 + (5 - week) / 2)),
                            "km",
                            week > 3
                                    ? "Fatica al ginocchio dopo venti minuti."
                                    : "Bene, ho tenuto il passo del gruppo."));
            log(
                    tool,
                    p.parent(),
                    entry(
                            shopping,
                            day.plusDays(1),
                            "Spesa al mercato e cena insieme:" + " minestrone e pesce al forno",
                            90,
                            new BigDecimal("23.50"),
                            "€",
                            "Papà ha cucinato con me."));
        }
        log(
                tool,
                p.citizen(),
                entry(
                        smoke,
                        today.minusDays(6),
                        "Quarto incontro del gruppo antifumo",
                        90,
                        null,
                        null,
                        "Sono sceso a cinque sigarette al giorno."));
    }

    /** Writes a diary entry and publishes its contribution to the ledger, as the diary form does. */
    private void log(ToolInstance tool, long author, ActionRepository.NewEntry entry) {
        long id = actions.log(tool.id(), author, entry);
        contributions.publish(tool, id, author, entry);
    }

    private static ActionRepository.NewEntry entry(
            long action, LocalDate on, String what, Integer minutes, BigDecimal amount, String unit, String how) {
        return new ActionRepository.NewEntry(action, on, what, minutes, amount, unit, how);
    }

    private void seedLadder(long instance, People p) {
        IntStream.rangeClosed(1, LadderService.DEFAULT_AREAS)
                .forEach(i -> ladder.addArea(
                        instance, messages.getMessage("care.ladder.default." + i, null, Locale.ITALIAN)));
        var areas = ladder.areas(instance);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        reading(instance, p.citizen(), MemberRole.CITIZEN, today.minusDays(90), areas, 4, 3, 6, 3, 3, 5, 3, 6);
        reading(instance, p.worker(), MemberRole.OWNER, today.minusDays(88), areas, 3, 4, 6, 4, 3, 5, 3, 6);
        reading(instance, p.citizen(), MemberRole.CITIZEN, today.minusDays(2), areas, 6, 5, 7, 4, 6, 6, 4, 7);
        reading(instance, p.worker(), MemberRole.OWNER, today.minusDays(1), areas, 5, 5, 7, 5, 5, 6, 4, 7);
    }

    private void reading(long instance, long by, MemberRole role, LocalDate on, List<LadderArea> areas, int... scores) {
        var map = new java.util.LinkedHashMap<Long, Integer>();
        for (int i = 0; i < areas.size() && i < scores.length; i++) {
            map.put(areas.get(i).id(), scores[i]);
        }
        ladder.addReading(instance, by, role, on, Map.copyOf(map));
    }

    private void seedReview(ToolInstance instance, People p) {
        var plan = initiatives.toolInstances(PlanTool.ID).stream()
                .filter(i -> i.initiativeId() == instance.initiativeId())
                .findFirst();
        Integer version =
                plan.map(i -> plans.latestNumber(i.id())).filter(v -> v > 0).orElse(null);
        reviews.add(
                instance.id(),
                1,
                new ReviewRepository.NewReview(
                        LocalDate.now(ZoneOffset.UTC).minusDays(30),
                        "Primo mese del piano: le camminate procedono, il ginocchio regge meglio del previsto;"
                                + " le sigarette sono scese da quindici a otto al giorno.",
                        "Continuare il piano così com’è. La figlia accompagna il padre dalla dietista a fine mese."
                                + " Prossima verifica alla data prevista dal piano.",
                        version,
                        List.of(p.worker(), p.citizen(), p.parent())),
                p.worker());
    }

    /** Visibility is decided by the initiatives module, so the runner asks as the case manager. */
    private static SignedInPerson as(Person person) {
        return PlansDemoData.as(person);
    }
}
