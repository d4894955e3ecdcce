package org.cocrea.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.cocrea.ballots.BallotSettings;
import org.cocrea.ballots.BallotStatus;
import org.cocrea.ballots.Eligibility;
import org.cocrea.ballots.Facilitating;
import org.cocrea.ballots.Lifecycle;
import org.cocrea.ballots.SettingsForm;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Images;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.voting.Rule;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What people do with a budget: who may vote, the lifecycle and the lock are the ballot tools' rules
 * ({@link Voters}, {@link Lifecycle}); the permissions come with the {@link ToolAccess} each request opened once.
 * A refused change throws {@link Refused}.
 */
@Service
class BudgetService implements Facilitating {
    /** The rules that count points: greedy ones sum them; MES and Phragmén are defined for approval ballots only. */
    static final java.util.Set<Rule> POINTS_RULES =
            java.util.EnumSet.of(Rule.GREEDY, Rule.GREEDY_THRESHOLD, Rule.GREEDY_NO_SKIP);

    private final Initiatives initiatives;
    private final Voters voters;
    private final BudgetRepository budgets;
    private final BallotRepository ballots;
    private final BallotBox box;
    private final ProjectImages images;
    private final org.springframework.context.ApplicationEventPublisher events;

    BudgetService(
            org.springframework.context.ApplicationEventPublisher events,
            Initiatives initiatives,
            Voters voters,
            BudgetRepository budgets,
            BallotRepository ballots,
            BallotBox box,
            ProjectImages images) {
        this.images = images;
        this.events = events;
        this.initiatives = initiatives;
        this.voters = voters;
        this.budgets = budgets;
        this.ballots = ballots;
        this.box = box;
    }

    Optional<Budget> budget(long instanceId) {
        return budgets.ofInstance(instanceId);
    }

    List<BudgetProject> projects(Budget budget) {
        return budgets.projects(budget.id());
    }

    /** The person's standing in a budget, for callers without a web request (imports, the generator). */
    Optional<ToolAccess> access(SignedInPerson me, long instanceId) {
        return initiatives
                .toolAccess(me, instanceId)
                .filter(a -> a.instance().toolId().equals(BudgetTool.ID));
    }

    /** Whether the person may vote online, by the ballot tools' one rule and the budget's settings. */
    boolean mayVote(ToolAccess access, Budget budget) {
        return budget == null
                ? voters.mayVote(access, Eligibility.MEMBERS, false)
                : voters.mayVote(access, budget.eligibility(), budget.facilitatorsVote());
    }

    /** What a signed-in non-member may do to join the budget's initiative (the initiatives module decides). */
    org.cocrea.initiatives.Joining joining(ToolAccess access) {
        return initiatives.joining(access);
    }

    boolean hasVoted(Budget budget, SignedInPerson me) {
        return me != null && ballots.hasVoted(budget.id(), me.personId());
    }

    long ballotCount(Budget budget) {
        return ballots.count(budget.id());
    }

    /** The person's current ballot, shown so that they can change it until the vote closes. */
    Optional<SortedMap<Long, Integer>> ballotOf(Budget budget, SignedInPerson me) {
        return me == null ? Optional.empty() : ballots.ballotOf(budget.id(), me.personId());
    }

    /** An online ballot; refused ({@link Refused}) when the person may not vote or the ballot breaks a rule. */
    org.cocrea.ballots.BallotBox.Cast vote(ToolAccess access, Budget budget, SortedMap<Long, Integer> choice) {
        var eligibility = budget == null ? Eligibility.MEMBERS : budget.eligibility();
        return voters.cast(
                access,
                eligibility,
                budget != null && budget.facilitatorsVote(),
                BallotBox.FIELD,
                // A residents' budget tells those who may not vote why, as its page does (not "only members").
                eligibility == Eligibility.RESIDENTS && !access.may(Voters.MANAGE)
                        ? "budget.ballot.notEligible.residents"
                        : "budget.ballot.notEligible",
                () -> box.cast(
                        access.id(),
                        access.person().personId(),
                        voters.residentKey(access, eligibility).orElse(null),
                        choice));
    }

    /**
     * Ballots of many members (imports, the demo-data generator): eligibility and confirmed addresses asked of the
     * initiatives API for all of them at once, then the ballot box's rules; returns the refused voters with the
     * reason.
     */
    java.util.Map<Long, Refused.Problem> voteAll(long instanceId, java.util.Map<Long, List<Long>> ballotsByVoter) {
        boolean facilitators =
                budgets.ofInstance(instanceId).map(Budget::facilitatorsVote).orElse(false);
        var eligible = voters.membersWhoMayVote(ballotsByVoter.keySet(), instanceId, facilitators);
        var counting = initiatives.counting(eligible);
        var refused = new java.util.LinkedHashMap<Long, Refused.Problem>();
        var casting = new java.util.LinkedHashMap<Long, SortedMap<Long, Integer>>();
        ballotsByVoter.forEach((voter, chosen) -> {
            if (!eligible.contains(voter)) {
                refused.put(voter, new Refused.Problem(BallotBox.FIELD, "budget.ballot.notEligible"));
            } else if (!counting.contains(voter)) {
                refused.put(voter, new Refused.Problem(BallotBox.FIELD, Refused.UNCONFIRMED));
            } else {
                var choice = new java.util.TreeMap<Long, Integer>();
                chosen.forEach(project -> choice.merge(project, 1, Integer::sum));
                casting.put(voter, choice);
            }
        });
        refused.putAll(box.castAll(instanceId, casting));
        if (refused.size() < ballotsByVoter.size()) {
            initiatives.touch(initiatives.toolInstance(instanceId).orElseThrow().initiativeId());
        }
        return refused;
    }

    List<SortedMap<Long, Integer>> ballots(Budget budget) {
        return ballots.ballots(budget.id());
    }

    Results results(Budget budget) {
        return Count.results(budget, budgets.projects(budget.id()), ballots.ballots(budget.id()));
    }

    /** Creates or changes the budget; only a draft may change, so that no ballot is cast under other rules. */
    @Override
    @Transactional
    public void saveSettings(ToolAccess access, SettingsForm form) {
        var existing = budgets.ofInstance(access.id());
        Lifecycle.saveSettings(access, existing.map(Budget::status), "budget", p -> parse(form, p), settings -> {
            existing.ifPresentOrElse(
                    b -> budgets.update(b.id(), settings), () -> budgets.create(access.id(), settings));
        });
    }

    /**
     * Adds a project to a draft budget, with its picture when one was chosen; {@code image} and {@code imageProblems}
     * are the upload as {@code Images#check} found it (before the transaction: resizing takes a moment).
     */
    @Transactional
    void addProject(
            ToolAccess access, ProjectForm form, Optional<Images.Upload> image, List<Refused.Problem> imageProblems) {
        var budget = budgets.ofInstance(access.id()).orElse(null);
        Lifecycle.requireDraft(access, budget == null ? BallotStatus.CLOSED : budget.status(), "budget");
        var problems = new ArrayList<Refused.Problem>();
        String title = trim(form.title());
        String description = trim(form.description());
        String category = trim(form.category());
        var cost = Money.parseCents(form.cost());
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new Refused.Problem("title", "budget.project.title.invalid"));
        }
        if (description.length() > 20_000) {
            problems.add(new Refused.Problem("description", "budget.project.description.invalid"));
        }
        if (cost.isEmpty() || cost.getAsLong() > budget.amountCents()) {
            problems.add(new Refused.Problem("cost", "budget.project.cost.invalid", budget.amount()));
        }
        if (category.length() > 100) {
            problems.add(new Refused.Problem("category", "budget.project.category.invalid"));
        }
        problems.addAll(imageProblems);
        if (!problems.isEmpty()) {
            throw new Refused(problems);
        }
        Long imageId = image.map(u -> images.images()
                        .store(
                                access.initiative().id(),
                                u,
                                access.person() == null ? null : access.person().personId()))
                .orElse(null);
        budgets.addProject(
                budget.id(), title, description, cost.getAsLong(), category.isEmpty() ? null : category, imageId);
    }

    @Override
    @Transactional
    public void open(ToolAccess access) {
        var budget = budgets.ofInstance(access.id()).orElse(null);
        boolean ready = budget != null && !budgets.projects(budget.id()).isEmpty();
        Lifecycle.open(
                access,
                ready,
                "budget.open.noProjects",
                "budget",
                (from, to) -> budgets.setStatus(budget.id(), from, to));
    }

    @Override
    @Transactional
    public void close(ToolAccess access) {
        var budget = budgets.ofInstance(access.id()).orElse(null);
        Lifecycle.close(access, budget != null, "budget", (from, to) -> budgets.setStatus(budget.id(), from, to));
        // Reached only when the close succeeded (a refusal throws): the results are now published.
        events.publishEvent(new BudgetResultsPublished(
                access.initiative().id(), access.id(), budget.id(), java.time.OffsetDateTime.now()));
    }

    private static BudgetRepository.Settings parse(SettingsForm form, List<Refused.Problem> problems) {
        var amount = Money.parseCents(form.get("amount"));
        if (amount.isEmpty()) {
            problems.add(new Refused.Problem("amount", "budget.amount.invalid"));
        }
        String currency = trim(form.get("currency")).toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new Refused.Problem("currency", "budget.currency.invalid"));
        }
        var type = BallotType.fromCode(trim(form.get("ballotType")));
        if (type.isEmpty()) {
            problems.add(new Refused.Problem("ballotType", "budget.ballotType.invalid"));
        }
        var rule = Rule.fromName(trim(form.get("rule")));
        if (rule.isEmpty()) {
            problems.add(new Refused.Problem("rule", "budget.rule.invalid"));
        }
        Integer min = count(form.get("minProjects"), 0, "minProjects", problems);
        Integer max = count(form.get("maxProjects"), 1, "maxProjects", problems);
        if (min != null && max != null && min > max) {
            problems.add(new Refused.Problem("maxProjects", "budget.max.belowMin"));
        }
        // Who votes and when: the ballot tools' shared settings; the budget is the citizens' unless set otherwise.
        var common = BallotSettings.parse(form, "budget", Eligibility.MEMBERS, false, problems);
        boolean cumulative = type.isPresent() && type.get() == BallotType.CUMULATIVE;
        Integer points = cumulative ? count(form.get("points"), 1, "points", problems) : null;
        Integer cap = cumulative ? count(form.get("pointsCap"), 1, "pointsCap", problems) : null;
        if (cumulative && points == null && !problems.stream().anyMatch(p -> "points".equals(p.field()))) {
            problems.add(new Refused.Problem("points", "budget.points.required"));
        }
        if (cumulative && cap == null && !problems.stream().anyMatch(p -> "pointsCap".equals(p.field()))) {
            problems.add(new Refused.Problem("pointsCap", "budget.points.required"));
        }
        if (points != null && cap != null && cap > points) {
            problems.add(new Refused.Problem("pointsCap", "budget.pointsCap.abovePoints"));
        }
        if (cumulative && rule.isPresent() && !POINTS_RULES.contains(rule.get())) {
            problems.add(new Refused.Problem("rule", "budget.rule.approvalOnly"));
        }
        Integer share = null;
        if (!trim(form.get("minShare")).isEmpty()) {
            share = count(form.get("minShare"), 1, "minShare", problems);
            if (share != null && (share > 100 || type.isPresent() && type.get() != BallotType.KNAPSACK)) {
                problems.add(new Refused.Problem("minShare", "budget.minShare.invalid"));
                share = null;
            }
        }
        if (!problems.isEmpty()) {
            return null;
        }
        return new BudgetRepository.Settings(
                amount.getAsLong(),
                currency,
                type.get(),
                rule.get(),
                min,
                max,
                common.opensAt(),
                common.closesAt(),
                common.eligibility(),
                points,
                cap,
                share,
                common.facilitatorsVote());
    }

    private static Integer count(String text, int least, String field, List<Refused.Problem> problems) {
        String value = trim(text);
        if (value.isEmpty()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value);
            if (n >= least && n <= 1000) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new Refused.Problem(field, "budget.count.invalid"));
        return null;
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
