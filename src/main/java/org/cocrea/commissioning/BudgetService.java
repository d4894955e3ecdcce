package org.cocrea.commissioning;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import org.cocrea.accounts.Residents;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.voting.Rule;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What people do with a budget; every permission is asked of the initiatives API. */
@Service
class BudgetService {
    /** Dates in forms are wall-clock times of the municipalities Cocrea serves. */
    static final ZoneId ZONE = ZoneId.of("Europe/Rome");
    /** The rules that count points: greedy ones sum them; MES and Phragmén are defined for approval ballots only. */
    static final java.util.Set<Rule> POINTS_RULES =
            java.util.EnumSet.of(Rule.GREEDY, Rule.GREEDY_THRESHOLD, Rule.GREEDY_NO_SKIP);

    private final Initiatives initiatives;
    private final BudgetRepository budgets;
    private final BallotRepository ballots;
    private final BallotBox box;
    private final Residents residents;

    BudgetService(
            Initiatives initiatives,
            BudgetRepository budgets,
            BallotRepository ballots,
            BallotBox box,
            Residents residents) {
        this.initiatives = initiatives;
        this.budgets = budgets;
        this.ballots = ballots;
        this.box = box;
        this.residents = residents;
    }

    Optional<Budget> budget(long instanceId) {
        return budgets.ofInstance(instanceId);
    }

    List<BudgetProject> projects(Budget budget) {
        return budgets.projects(budget.id());
    }

    /**
     * The person's standing in a budget's tool instance, read once for a page: the instance, its initiative (empty
     * when the person may not see it, or the instance is not a budget) and the actions their role allows there now.
     */
    Optional<ToolAccess> access(SignedInPerson me, long instanceId) {
        return initiatives
                .toolAccess(me, instanceId)
                .filter(a -> a.instance().toolId().equals(BudgetTool.ID));
    }

    /**
     * Whether the person may vote online, by the budget's eligibility: the initiative's members (the tool's vote
     * role), anyone signed in who sees it, or verified residents of its organisation. Facilitators set the budget
     * up and do not vote in it.
     */
    boolean mayVote(SignedInPerson me, long instanceId) {
        return me != null
                && access(me, instanceId)
                        .map(a -> mayVote(me, a, budgets.ofInstance(instanceId).orElse(null)))
                        .orElse(false);
    }

    /** {@link #mayVote(SignedInPerson, long)} with the access and the budget a page has already read. */
    boolean mayVote(SignedInPerson me, ToolAccess access, Budget budget) {
        if (me == null) {
            return false;
        }
        var eligibility = budget == null ? Eligibility.MEMBERS : budget.eligibility();
        boolean active = access.initiative().status() != Status.ARCHIVED;
        return switch (eligibility) {
            case MEMBERS -> access.may(BudgetTool.VOTE);
            case REGISTERED -> active && !access.may(BudgetTool.MANAGE);
            case RESIDENTS ->
                active
                        && !access.may(BudgetTool.MANAGE)
                        && residents.isVerifiedResident(
                                me.personId(), access.initiative().organisationId());
        };
    }

    /** The initiative of a tool instance, when the person sees it and it is not archived. */
    Optional<Initiative> activeInitiative(SignedInPerson me, long instanceId) {
        return initiatives
                .toolInstance(instanceId)
                .flatMap(t -> initiatives.visible(t.initiativeId(), me))
                .filter(i -> i.status() != Status.ARCHIVED);
    }

    boolean mayManage(SignedInPerson me, long instanceId) {
        return initiatives.mayDo(me, instanceId, BudgetTool.MANAGE);
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

    Optional<Problem> vote(SignedInPerson me, long instanceId, SortedMap<Long, Integer> choice) {
        if (!mayVote(me, instanceId)) {
            return Optional.of(new Problem(BallotBox.FIELD, "budget.ballot.notEligible"));
        }
        if (!initiatives.counts(me)) {
            // Online ballots only: voting codes and paper ballots are recorded by facilitators, another channel.
            return Optional.of(new Problem(BallotBox.FIELD, Refused.UNCONFIRMED));
        }
        var budget = budgets.ofInstance(instanceId).orElseThrow();
        String residentKey = budget.eligibility() == Eligibility.RESIDENTS
                ? activeInitiative(me, instanceId)
                        .flatMap(i -> residents.residentKey(me.personId(), i.organisationId()))
                        .orElse(null)
                : null;
        var problem = box.cast(instanceId, me.personId(), residentKey, choice);
        if (problem.isEmpty()) {
            initiatives.touch(initiatives.toolInstance(instanceId).orElseThrow().initiativeId());
        }
        return problem;
    }

    /**
     * Ballots of many members (imports, the demo-data generator): eligibility and confirmed addresses asked of the
     * initiatives API for all of them at once, then the ballot box's rules; returns the refused voters with the
     * reason.
     */
    java.util.Map<Long, Problem> voteAll(long instanceId, java.util.Map<Long, List<Long>> ballotsByVoter) {
        var eligible = initiatives.mayDoAll(ballotsByVoter.keySet(), instanceId, BudgetTool.VOTE);
        var counting = initiatives.counting(eligible);
        var refused = new java.util.LinkedHashMap<Long, Problem>();
        var casting = new java.util.LinkedHashMap<Long, SortedMap<Long, Integer>>();
        ballotsByVoter.forEach((voter, chosen) -> {
            if (!eligible.contains(voter)) {
                refused.put(voter, new Problem(BallotBox.FIELD, "budget.ballot.notEligible"));
            } else if (!counting.contains(voter)) {
                refused.put(voter, new Problem(BallotBox.FIELD, Refused.UNCONFIRMED));
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
    @Transactional
    List<Problem> saveSettings(SignedInPerson me, long instanceId, SettingsForm form) {
        requireManager(me, instanceId);
        var existing = budgets.ofInstance(instanceId);
        if (existing.isPresent() && existing.get().status() != BudgetStatus.DRAFT) {
            return List.of(new Problem(null, "budget.locked"));
        }
        var problems = new ArrayList<Problem>();
        var settings = parse(form, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        existing.ifPresentOrElse(b -> budgets.update(b.id(), settings), () -> budgets.create(instanceId, settings));
        return List.of();
    }

    @Transactional
    List<Problem> addProject(SignedInPerson me, long instanceId, ProjectForm form) {
        requireManager(me, instanceId);
        var budget = budgets.ofInstance(instanceId).orElse(null);
        if (budget == null || budget.status() != BudgetStatus.DRAFT) {
            return List.of(new Problem(null, "budget.locked"));
        }
        var problems = new ArrayList<Problem>();
        String title = trim(form.title());
        String description = trim(form.description());
        String category = trim(form.category());
        var cost = Money.parseCents(form.cost());
        if (title.isEmpty() || title.length() > 200) {
            problems.add(new Problem("title", "budget.project.title.invalid"));
        }
        if (description.length() > 20_000) {
            problems.add(new Problem("description", "budget.project.description.invalid"));
        }
        if (cost.isEmpty() || cost.getAsLong() > budget.amountCents()) {
            problems.add(new Problem("cost", "budget.project.cost.invalid", budget.amount()));
        }
        if (category.length() > 100) {
            problems.add(new Problem("category", "budget.project.category.invalid"));
        }
        if (problems.isEmpty()) {
            budgets.addProject(budget.id(), title, description, cost.getAsLong(), category.isEmpty() ? null : category);
        }
        return problems;
    }

    @Transactional
    Optional<Problem> open(SignedInPerson me, long instanceId) {
        requireManager(me, instanceId);
        var budget = budgets.ofInstance(instanceId).orElse(null);
        if (budget == null || budgets.projects(budget.id()).isEmpty()) {
            return Optional.of(new Problem(null, "budget.open.noProjects"));
        }
        return budgets.setStatus(budget.id(), BudgetStatus.DRAFT, BudgetStatus.OPEN)
                ? Optional.empty()
                : Optional.of(new Problem(null, "budget.locked"));
    }

    @Transactional
    Optional<Problem> close(SignedInPerson me, long instanceId) {
        requireManager(me, instanceId);
        var budget = budgets.ofInstance(instanceId).orElse(null);
        return budget != null && budgets.setStatus(budget.id(), BudgetStatus.OPEN, BudgetStatus.CLOSED)
                ? Optional.empty()
                : Optional.of(new Problem(null, "budget.close.notOpen"));
    }

    private void requireManager(SignedInPerson me, long instanceId) {
        if (!mayManage(me, instanceId)) {
            throw new AccessDeniedException("not a facilitator of this budget");
        }
    }

    private static BudgetRepository.Settings parse(SettingsForm form, List<Problem> problems) {
        var amount = Money.parseCents(form.amount());
        if (amount.isEmpty()) {
            problems.add(new Problem("amount", "budget.amount.invalid"));
        }
        String currency = trim(form.currency()).toUpperCase(Locale.ROOT);
        if (!currency.matches("[A-Z]{3}")) {
            problems.add(new Problem("currency", "budget.currency.invalid"));
        }
        var type = BallotType.fromCode(trim(form.ballotType()));
        if (type.isEmpty()) {
            problems.add(new Problem("ballotType", "budget.ballotType.invalid"));
        }
        var rule = Rule.fromName(trim(form.rule()));
        if (rule.isEmpty()) {
            problems.add(new Problem("rule", "budget.rule.invalid"));
        }
        Integer min = count(form.minProjects(), 0, "minProjects", problems);
        Integer max = count(form.maxProjects(), 1, "maxProjects", problems);
        if (min != null && max != null && min > max) {
            problems.add(new Problem("maxProjects", "budget.max.belowMin"));
        }
        var eligibility = trim(form.eligibility()).isEmpty()
                ? Optional.of(Eligibility.MEMBERS)
                : Eligibility.fromCode(trim(form.eligibility()));
        if (eligibility.isEmpty()) {
            problems.add(new Problem("eligibility", "budget.eligibility.invalid"));
        }
        boolean cumulative = type.isPresent() && type.get() == BallotType.CUMULATIVE;
        Integer points = cumulative ? count(form.points(), 1, "points", problems) : null;
        Integer cap = cumulative ? count(form.pointsCap(), 1, "pointsCap", problems) : null;
        if (cumulative && points == null && !problems.stream().anyMatch(p -> "points".equals(p.field()))) {
            problems.add(new Problem("points", "budget.points.required"));
        }
        if (cumulative && cap == null && !problems.stream().anyMatch(p -> "pointsCap".equals(p.field()))) {
            problems.add(new Problem("pointsCap", "budget.points.required"));
        }
        if (points != null && cap != null && cap > points) {
            problems.add(new Problem("pointsCap", "budget.pointsCap.abovePoints"));
        }
        if (cumulative && rule.isPresent() && !POINTS_RULES.contains(rule.get())) {
            problems.add(new Problem("rule", "budget.rule.approvalOnly"));
        }
        Integer share = null;
        if (!trim(form.minShare()).isEmpty()) {
            share = count(form.minShare(), 1, "minShare", problems);
            if (share != null && (share > 100 || type.isPresent() && type.get() != BallotType.KNAPSACK)) {
                problems.add(new Problem("minShare", "budget.minShare.invalid"));
                share = null;
            }
        }
        OffsetDateTime opens = date(form.opensAt(), "opensAt", problems);
        OffsetDateTime closes = date(form.closesAt(), "closesAt", problems);
        if (opens != null && closes != null && !opens.isBefore(closes)) {
            problems.add(new Problem("closesAt", "budget.dates.order"));
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
                opens,
                closes,
                eligibility.get(),
                points,
                cap,
                share);
    }

    private static Integer count(String text, int least, String field, List<Problem> problems) {
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
        problems.add(new Problem(field, "budget.count.invalid"));
        return null;
    }

    private static OffsetDateTime date(String text, String field, List<Problem> problems) {
        String value = trim(text);
        if (value.isEmpty()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value).atZone(ZONE).toOffsetDateTime();
        } catch (DateTimeParseException e) {
            problems.add(new Problem(field, "budget.date.invalid"));
            return null;
        }
    }

    /** The form value of a stored time, as a datetime-local input shows it. */
    static String local(OffsetDateTime time) {
        return time == null
                ? ""
                : time.atZoneSameInstant(ZONE).toLocalDateTime().toString();
    }

    private static String trim(String s) {
        return s == null ? "" : s.trim();
    }
}
