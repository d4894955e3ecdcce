package org.cocrea.demodata;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.IntConsumer;
import java.util.function.IntToLongFunction;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.BulkPeople;
import org.cocrea.accounts.Department;
import org.cocrea.commissioning.BulkBudgets;
import org.cocrea.initiatives.BulkInitiatives;
import org.cocrea.initiatives.CitizenRole;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Objective;
import org.cocrea.initiatives.PetitionForm;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ServiceDomain;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.BulkPlans;
import org.cocrea.plans.PlanContent;
import org.cocrea.platform.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Generates a synthetic city step by step through the modules' bulk services. Each step is cut into batches;
 * a batch commits together with its row in demo_data_progress, so a rerun skips exactly the finished batches.
 * Every batch draws from its own random generator seeded by (seed, step, batch), so skipping batches does not
 * change what the others generate: the same seed gives the same data, interrupted or not.
 */
@Component
class Generator {
    /** Generated people's email domain (reserved for examples, so never a real mailbox). */
    static final String DOMAIN = "demo.cocrea.example";
    /** Every generated person's password (documented in the README). */
    static final String PASSWORD = "cocrea-generated";

    static final List<String> STEPS =
            List.of("people", "organisations", "initiatives", "plans", "proposals", "supports", "budgets", "ballots");

    /** Thrown to end a run after a step, as if the process had been interrupted there (tests of resuming). */
    static final class Stopped extends RuntimeException {
        Stopped(String step) {
            super("stopped after step " + step);
        }
    }

    private final BulkPeople people;
    private final Accounts accounts;
    private final BulkInitiatives initiatives;
    private final BulkBudgets budgets;
    private final BulkPlans plans;
    private final ProgressStore progress;
    private final TransactionTemplate tx;

    Generator(
            BulkPeople people,
            Accounts accounts,
            BulkInitiatives initiatives,
            BulkBudgets budgets,
            BulkPlans plans,
            ProgressStore progress,
            PlatformTransactionManager transactions) {
        this.people = people;
        this.accounts = accounts;
        this.initiatives = initiatives;
        this.budgets = budgets;
        this.plans = plans;
        this.progress = progress;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Runs (or resumes) the generation; {@code stopAfter} names a step to stop after, or is null. */
    void run(Scale scale, long seed, String stopAfter, PrintStream err) {
        var existing = progress.run();
        if (existing.isPresent()
                && (!existing.get().scale().equals(scale.code())
                        || existing.get().seed() != seed)) {
            throw new IllegalStateException("this database already holds demo data of scale "
                    + existing.get().scale() + " with seed " + existing.get().seed());
        }
        if (existing.isEmpty()) {
            progress.start(scale, seed);
        }
        var run = new Run(scale.counts(), seed, err, LocalDate.now(ZoneOffset.UTC));
        for (String step : STEPS) {
            runStep(run, step);
            if (step.equals(stopAfter)) {
                throw new Stopped(step);
            }
        }
        progress.analyze();
        progress.finish();
    }

    private void runStep(Run r, String step) {
        switch (step) {
            case "people" -> people(r);
            case "organisations" -> organisations(r);
            case "initiatives" -> initiatives(r);
            case "plans" -> plans(r);
            case "proposals" -> proposals(r);
            case "supports" -> supports(r);
            case "budgets" -> budgets(r);
            case "ballots" -> ballots(r);
            default -> throw new IllegalArgumentException(step);
        }
    }

    /** What one run knows: the counts, and the ids of what earlier steps created, in creation order. */
    static final class Run {
        final Scale.Counts n;
        final long seed;
        final PrintStream err;
        final LocalDate today;
        List<Long> personIds;
        List<Long> organisationIds;
        List<Long> initiativeIds;
        List<Long> proposalIds;

        Run(Scale.Counts n, long seed, PrintStream err, LocalDate today) {
            this.n = n;
            this.seed = seed;
            this.err = err;
            this.today = today;
        }

        Random random(String step, int batch) {
            return new Random(seed ^ (step.hashCode() * 0x9E3779B97F4A7C15L) ^ ((batch + 1) * 0xC2B2AE3D27D4EB4FL));
        }

        long person(int index) {
            return personIds.get(index);
        }

        /** A citizen (not one of the professionals, who come first). */
        int citizenIndex(Random random) {
            return n.professionals() + random.nextInt(n.citizens());
        }
    }

    /** Runs a step's batches, skipping those already done; each batch commits with its progress mark. */
    private void batches(Run r, String step, int count, long total, IntToLongFunction units, IntConsumer work) {
        var done = progress.done(step);
        var bar = new ProgressBar(r.err, step, total);
        for (int b = 0; b < count; b++) {
            if (done.contains(b)) {
                bar.skip(units.applyAsLong(b));
                continue;
            }
            int batch = b;
            tx.executeWithoutResult(status -> {
                work.accept(batch);
                progress.mark(step, batch);
            });
            bar.advance(units.applyAsLong(b));
        }
        bar.finish();
    }

    static int batchCount(int total, int size) {
        return (total + size - 1) / size;
    }

    static int sizeOf(int batch, int total, int size) {
        return Math.min(size, total - batch * size);
    }

    static String email(int index) {
        return String.format("p%07d@%s", index, DOMAIN);
    }

    // --- people -------------------------------------------------------------------------------------------

    private void people(Run r) {
        int size = 1000;
        int total = r.n.people();
        batches(r, "people", batchCount(total, size), total, b -> sizeOf(b, total, size), b -> {
            Random random = r.random("people", b);
            var list = new ArrayList<BulkPeople.NewPerson>();
            for (int i = b * size; i < b * size + sizeOf(b, total, size); i++) {
                var language = random.nextInt(5) == 0 ? Language.EN : Language.IT;
                list.add(new BulkPeople.NewPerson(email(i), Texts.name(random), language));
            }
            people.createVerified(list, PASSWORD);
        });
        r.personIds = people.idsInEmailDomain(DOMAIN);
        if (r.personIds.size() != total) {
            throw new IllegalStateException("expected " + total + " generated people, found " + r.personIds.size());
        }
    }

    // --- organisations and professionals ----------------------------------------------------------------------

    static String organisationName(int o) {
        String town = Texts.TOWNS.get(o % Texts.TOWNS.size());
        return "Comune di " + town + (o < Texts.TOWNS.size() ? "" : " " + (o / Texts.TOWNS.size() + 1));
    }

    private void organisations(Run r) {
        batches(r, "organisations", 1, r.n.professionals(), b -> r.n.professionals(), b -> {
            for (int o = 0; o < r.n.organisations(); o++) {
                people.createOrganisation(organisationName(o), Texts.DEPARTMENTS);
            }
            loadOrganisations(r);
            for (int i = 0; i < r.n.professionals(); i++) {
                people.makeProfessional(r.person(i), organisationOf(r, i), departmentOf(r, i));
            }
        });
        loadOrganisations(r);
    }

    private void loadOrganisations(Run r) {
        var ids = new ArrayList<Long>();
        for (int o = 0; o < r.n.organisations(); o++) {
            ids.add(accounts.organisationByName(organisationName(o))
                    .orElseThrow()
                    .id());
        }
        r.organisationIds = ids;
    }

    /** Professional {@code i} works for organisation {@code i % organisations}, in a department by turn. */
    private long organisationOf(Run r, int professional) {
        return r.organisationIds.get(professional % r.n.organisations());
    }

    private Long departmentOf(Run r, int professional) {
        var departments = accounts.departments(organisationOf(r, professional));
        String name = Texts.DEPARTMENTS.get((professional / r.n.organisations()) % Texts.DEPARTMENTS.size());
        return departments.stream()
                .filter(d -> d.name().equals(name))
                .map(Department::id)
                .findFirst()
                .orElse(null);
    }

    // --- initiatives over the twelve cells -------------------------------------------------------------------

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

    private void initiatives(Run r) {
        int size = 50;
        int total = r.n.initiatives();
        batches(r, "initiatives", batchCount(total, size), total, b -> sizeOf(b, total, size), b -> {
            Random random = r.random("initiatives", b);
            for (int i = b * size; i < b * size + sizeOf(b, total, size); i++) {
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
                        organisationOf(r, professional),
                        departmentOf(r, professional),
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
                initiatives.addMember(owner, id, email(citizen), MemberRole.CITIZEN);
                if (random.nextInt(3) == 0) {
                    // The citizen is fixed once named: a draw of the same person stays the citizen, not a proxy.
                    int proxy = r.citizenIndex(random);
                    if (proxy != citizen) {
                        initiatives.addMember(owner, id, email(proxy), MemberRole.PROXY);
                    }
                }
            }
            case GROUP -> {
                for (int k = 3 + random.nextInt(6); k > 0; k--) {
                    int citizen = r.citizenIndex(random);
                    initiatives.addMember(owner, id, email(citizen), MemberRole.MEMBER);
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

    // --- individual plans with history ------------------------------------------------------------------------

    private void plans(Run r) {
        int size = 25;
        int total = r.n.plans();
        batches(r, "plans", batchCount(total, size), total, b -> sizeOf(b, total, size), b -> {
            Random random = r.random("plans", b);
            for (int j = b * size; j < b * size + sizeOf(b, total, size); j++) {
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
                        organisationOf(r, professional),
                        departmentOf(r, professional),
                        ServiceDomain.SOCIAL_CARE,
                        Level.INDIVIDUAL,
                        EnumSet.of(CitizenRole.CO_DESIGNER),
                        EnumSet.of(Objective.EFFECTIVENESS),
                        List.of(
                                new TimelinePhase(1, Phase.CO_DESIGN, r.today.minusDays(90), r.today.minusDays(31)),
                                new TimelinePhase(1, Phase.CO_DELIVERY, r.today.minusDays(30), r.today.plusDays(270))),
                        Map.of(Phase.CO_DESIGN, List.of("plan"), Phase.CO_DELIVERY, List.of("actions")),
                        true));
        initiatives.addMember(manager, id, email(citizenIndex), MemberRole.CITIZEN);
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

    // --- proposals and supports ---------------------------------------------------------------------------------

    private void proposals(Run r) {
        int size = 500;
        int total = r.n.proposals();
        batches(r, "proposals", batchCount(total, size), total, b -> sizeOf(b, total, size), b -> {
            Random random = r.random("proposals", b);
            for (int j = b * size; j < b * size + sizeOf(b, total, size); j++) {
                String subject = Texts.subject(random);
                var form = new PetitionForm(
                        r.organisationIds.get(j % r.n.organisations()),
                        Texts.pick(random, Texts.VERBS) + " " + subject + " (proposta n. " + (j + 1) + ")",
                        "Proposta dei cittadini: " + subject + ".",
                        "Proposta generata (dati dimostrativi).",
                        Texts.pick(random, List.of(ServiceDomain.values())).code(),
                        random.nextInt(4) == 0 ? "group" : "collective");
                initiatives.propose(Actor.citizen(r.person(r.citizenIndex(random))), form);
            }
        });
        var ids = new ArrayList<Long>();
        r.organisationIds.forEach(o -> ids.addAll(initiatives.petitionIds(o)));
        ids.sort(Long::compare);
        r.proposalIds = ids;
    }

    /**
     * Each proposal already has its proposer's support; the others are spread with a long tail (a few popular
     * proposals, most with a handful), in exact total.
     */
    static int[] supportAllocation(Scale.Counts n, long seed) {
        int extra = n.supports() - n.proposals();
        var random = new Random(seed ^ 0x5EED5EEDL);
        double[] weights = new double[n.proposals()];
        double sum = 0;
        for (int j = 0; j < weights.length; j++) {
            weights[j] = Math.exp(1.3 * random.nextGaussian());
            sum += weights[j];
        }
        int[] counts = new int[weights.length];
        int given = 0;
        int cap = n.citizens() - 1;
        for (int j = 0; j < counts.length; j++) {
            counts[j] = Math.min(cap, (int) Math.floor(extra * weights[j] / sum));
            given += counts[j];
        }
        for (int j = 0; given < extra; j = (j + 1) % counts.length) {
            if (counts[j] < cap) {
                counts[j]++;
                given++;
            }
        }
        return counts;
    }

    private void supports(Run r) {
        int size = 100;
        int total = r.n.proposals();
        int[] allocation = supportAllocation(r.n, r.seed);
        IntToLongFunction units = b -> {
            long sum = 0;
            for (int j = b * size; j < b * size + sizeOf(b, total, size); j++) {
                sum += allocation[j];
            }
            return sum;
        };
        long extra = r.n.supports() - r.n.proposals();
        batches(r, "supports", batchCount(total, size), extra, units, b -> {
            Random random = r.random("supports", b);
            for (int j = b * size; j < b * size + sizeOf(b, total, size); j++) {
                support(r, random, r.proposalIds.get(j), allocation[j]);
            }
        });
    }

    /** Adds exactly {@code wanted} supports from distinct citizens (the proposer, already counted, is skipped). */
    private void support(Run r, Random random, long proposal, int wanted) {
        var tried = new HashSet<Long>();
        int added = 0;
        while (added < wanted) {
            var people = new ArrayList<Long>();
            while (people.size() < wanted - added) {
                long person = r.person(r.citizenIndex(random));
                if (tried.add(person)) {
                    people.add(person);
                }
            }
            added += initiatives.supportAll(proposal, people);
        }
    }

    // --- participatory budgets and ballots ---------------------------------------------------------------------

    private void budgets(Run r) {
        batches(r, "budgets", r.n.budgets(), r.n.budgets(), b -> 1, k -> {
            Random random = r.random("budgets", k);
            int i = initiativeOfBudget(k);
            var manager = Actor.professional(r.person(i % r.n.professionals()));
            var projects = new ArrayList<BulkBudgets.NewProject>();
            long sum = 0;
            long largest = 0;
            for (int p = 8 + random.nextInt(7); p > 0; p--) {
                long cents = (5 + random.nextInt(120)) * 1_000_00L;
                sum += cents;
                largest = Math.max(largest, cents);
                String subject = Texts.subject(random);
                projects.add(new BulkBudgets.NewProject(
                        Texts.pick(random, Texts.VERBS) + " " + subject,
                        "Progetto generato: " + subject + ".",
                        cents,
                        Texts.pick(random, List.of("mobilità", "verde", "sicurezza", "comunità", "cultura"))));
            }
            long amount = Math.max(largest, sum * 2 / 5);
            budgets.open(manager, budgetInstance(r, k), amount, k % 2 == 0, projects);
        });
    }

    private long budgetInstance(Run r, int k) {
        long initiative = r.initiativeIds.get(initiativeOfBudget(k));
        return initiatives.tools(initiative).stream()
                .filter(t -> t.toolId().equals("budget"))
                .mapToLong(ToolInstance::id)
                .findFirst()
                .orElseThrow();
    }

    /** The voters of budget k: a shuffle of the citizens, the same on every run with this seed. */
    static int[] voters(Scale.Counts n, long seed, int k) {
        int[] citizens = new int[n.citizens()];
        for (int c = 0; c < citizens.length; c++) {
            citizens[c] = n.professionals() + c;
        }
        var random = new Random(seed * 31 + k);
        for (int c = citizens.length - 1; c > 0; c--) {
            int swap = random.nextInt(c + 1);
            int t = citizens[c];
            citizens[c] = citizens[swap];
            citizens[swap] = t;
        }
        return citizens;
    }

    private void ballots(Run r) {
        int size = 1000;
        int perBudget = r.n.ballotsPerBudget();
        int batchesPerBudget = batchCount(perBudget, size);
        var shuffles = new int[r.n.budgets()][];
        batches(
                r,
                "ballots",
                r.n.budgets() * batchesPerBudget,
                (long) perBudget * r.n.budgets(),
                b -> sizeOf(b % batchesPerBudget, perBudget, size),
                b -> {
                    int k = b / batchesPerBudget;
                    int m = b % batchesPerBudget;
                    if (shuffles[k] == null) {
                        shuffles[k] = voters(r.n, r.seed, k);
                    }
                    cast(r, r.random("ballots", b), k, shuffles[k], m * size, sizeOf(m, perBudget, size));
                });
    }

    private void cast(Run r, Random random, int k, int[] shuffle, int from, int count) {
        long instance = budgetInstance(r, k);
        long initiative = r.initiativeIds.get(initiativeOfBudget(k));
        var voters = new ArrayList<Long>();
        for (int v = from; v < from + count; v++) {
            voters.add(r.person(shuffle[v]));
        }
        initiatives.joinAll(initiative, voters);
        var projects = budgets.projects(instance);
        var ballots = new LinkedHashMap<Long, List<Long>>();
        for (long voter : voters) {
            ballots.put(voter, choose(random, projects));
        }
        budgets.castAll(instance, ballots);
    }

    /**
     * One to five projects in random order, skipping those that would pass the budget's amount (the first entry
     * of {@code projects}; knapsack budgets hold at least the largest project, so a ballot is never empty).
     */
    static List<Long> choose(Random random, List<BulkBudgets.ProjectCost> projects) {
        long room = projects.get(0).costCents();
        var shuffled = new ArrayList<>(projects.subList(1, projects.size()));
        java.util.Collections.shuffle(shuffled, random);
        int most = 1 + random.nextInt(5);
        var chosen = new ArrayList<Long>();
        for (var p : shuffled) {
            if (chosen.size() < most && p.costCents() <= room) {
                chosen.add(p.id());
                room -= p.costCents();
            }
        }
        return chosen;
    }
}
