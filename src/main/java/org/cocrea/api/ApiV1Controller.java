package org.cocrea.api;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.budget.Budgets;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API {@code /api/v1/**}, described in {@code /openapi.yaml}. Reading needs no token for public
 * initiatives; with a token, reading needs {@code read:public} (public data) or {@code read:mine} (also what the
 * person sees as a member, and {@code /api/v1/me}); a ballot needs {@code ballot}, closing a budget {@code manage}.
 * Codes are lower-case English, amounts decimal numbers in the budget's currency.
 */
@RestController
class ApiV1Controller {
    private static final Logger log = LoggerFactory.getLogger(ApiV1Controller.class);

    private final Initiatives initiatives;
    private final Budgets budgets;
    private final Accounts accounts;

    ApiV1Controller(Initiatives initiatives, Budgets budgets, Accounts accounts) {
        this.initiatives = initiatives;
        this.budgets = budgets;
        this.accounts = accounts;
    }

    record InitiativeJson(
            long id, String title, String summary, String level, String status, String domain, String activePhase) {}

    record InitiativePageJson(List<InitiativeJson> items, int page, int size, long total) {}

    record ToolJson(long id, String tool) {}

    record PhaseJson(String phase, int cycle, String start, String end, List<ToolJson> tools) {}

    record PhasesJson(long initiative, List<PhaseJson> phases) {}

    record ProjectJson(long id, String title, BigDecimal cost) {}

    record BudgetJson(
            long id,
            long initiative,
            String status,
            String ballotType,
            String currency,
            BigDecimal amount,
            boolean resultsPublished,
            List<ProjectJson> projects) {}

    record ResultRowJson(long id, String title, BigDecimal cost, long votes, boolean funded) {}

    record ResultsJson(long budget, String rule, long voters, BigDecimal used, List<ResultRowJson> projects) {}

    record BallotJson(Map<String, Integer> choices) {}

    record CastJson(long budget, String cast) {}

    record ClosedJson(long budget, String status) {}

    record MeJson(
            long id, String name, String email, String kind, boolean admin, String organisation, List<String> scopes) {}

    @GetMapping("/api/v1/initiatives")
    InitiativePageJson initiatives(
            @RequestParam(defaultValue = "0") String page,
            @RequestParam(defaultValue = "20") String size,
            @AuthenticationPrincipal ApiCaller caller) {
        int p = number(page, 0, 10_000, "page");
        int s = number(size, 1, 100, "size");
        var found = initiatives.listed(reader(caller), p, s);
        return new InitiativePageJson(
                found.getKey().stream().map(ApiV1Controller::json).toList(), p, s, found.getValue());
    }

    @GetMapping("/api/v1/initiatives/{id:\\d+}")
    InitiativeJson initiative(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        return initiatives
                .visible(id, reader(caller))
                .map(ApiV1Controller::json)
                .orElseThrow(NotFound::new);
    }

    @GetMapping("/api/v1/initiatives/{id:\\d+}/phases")
    PhasesJson phases(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var initiative = initiatives.visible(id, reader(caller)).orElseThrow(NotFound::new);
        var tools = new TreeMap<Phase, List<ToolInstance>>();
        for (var instance : initiatives.toolInstancesOf(id)) {
            tools.computeIfAbsent(instance.phase(), k -> new java.util.ArrayList<>())
                    .add(instance);
        }
        return new PhasesJson(
                id,
                initiative.timeline().stream()
                        .map(p -> new PhaseJson(
                                p.phase().code(),
                                p.cycle(),
                                p.start().toString(),
                                p.end().toString(),
                                tools.getOrDefault(p.phase(), List.of()).stream()
                                        .map(t -> new ToolJson(t.id(), t.toolId()))
                                        .toList()))
                        .toList());
    }

    @GetMapping("/api/v1/budgets/{id:\\d+}")
    BudgetJson budget(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = budgetAccess(reader(caller), id);
        var budget = budgets.budget(access).orElseThrow(NotFound::new);
        return new BudgetJson(
                access.id(),
                access.initiative().id(),
                budget.status().name().toLowerCase(java.util.Locale.ROOT),
                budget.ballotType().name().toLowerCase(java.util.Locale.ROOT),
                budget.currency(),
                budget.amount(),
                budget.resultsShown(),
                budgets.projects(budget).stream()
                        .map(p -> new ProjectJson(p.id(), p.title(), cents(p.costCents())))
                        .toList());
    }

    @GetMapping("/api/v1/budgets/{id:\\d+}/results")
    ResultsJson results(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        var access = budgetAccess(reader(caller), id);
        var results = budgets.results(access)
                .orElseThrow(
                        () -> new ApiProblem(404, "not_published", "The results are published when the vote closes."));
        return new ResultsJson(
                id,
                results.rule().name().toLowerCase(java.util.Locale.ROOT),
                results.voters(),
                cents(results.usedCents()),
                results.projects().stream()
                        .map(r -> new ResultRowJson(
                                r.project().id(),
                                r.project().title(),
                                cents(r.project().costCents()),
                                r.votes(),
                                r.selected()))
                        .toList());
    }

    @PostMapping("/api/v1/budgets/{id:\\d+}/ballot")
    CastJson ballot(@PathVariable long id, @RequestBody BallotJson ballot, @AuthenticationPrincipal ApiCaller caller) {
        require(caller, ApiScope.BALLOT);
        var access = budgetAccess(caller, id);
        var choice = new TreeMap<Long, Integer>();
        if (ballot == null || ballot.choices() == null) {
            throw new ApiProblem(400, "bad_request", "Send {\"choices\": {\"<project id>\": <points>}}.");
        }
        for (var entry : ballot.choices().entrySet()) {
            try {
                long project = Long.parseLong(entry.getKey());
                if (entry.getValue() == null || entry.getValue() < 1) {
                    throw new NumberFormatException();
                }
                choice.put(project, entry.getValue());
            } catch (NumberFormatException e) {
                throw new ApiProblem(400, "bad_request", "Each choice is a project id with at least 1 point.");
            }
        }
        var cast = budgets.vote(access, choice);
        log.info("Ballot in budget {} cast through token {}: {}", id, caller.tokenId(), cast);
        return new CastJson(id, cast.name().toLowerCase(java.util.Locale.ROOT));
    }

    @PostMapping("/api/v1/budgets/{id:\\d+}/close")
    ClosedJson close(@PathVariable long id, @AuthenticationPrincipal ApiCaller caller) {
        require(caller, ApiScope.MANAGE);
        var access = budgetAccess(caller, id);
        if (!access.may("manage")) {
            log.warn(
                    "Token {} refused: person {} does not facilitate budget {}",
                    caller.tokenId(),
                    caller.personId(),
                    id);
            throw new ApiProblem(403, "forbidden", "Only the budget's facilitators close it.");
        }
        budgets.close(access);
        log.info("Budget {} closed through token {}", id, caller.tokenId());
        return new ClosedJson(id, "closed");
    }

    @GetMapping("/api/v1/me")
    MeJson me(@AuthenticationPrincipal ApiCaller caller) {
        require(caller, ApiScope.READ_MINE);
        var person = caller.person();
        String organisation = person.organisationId() == null
                ? null
                : accounts.organisation(person.organisationId())
                        .map(Organisation::name)
                        .orElse(null);
        return new MeJson(
                person.id(),
                person.name(),
                person.email(),
                person.kind().name().toLowerCase(java.util.Locale.ROOT),
                person.admin(),
                organisation,
                caller.scopes().stream().sorted().map(ApiScope::code).toList());
    }

    /** Who reads: nobody without a token or with only {@code read:public}, the person with {@code read:mine}. */
    static SignedInPerson reader(ApiCaller caller) {
        if (caller == null) {
            return null;
        }
        if (caller.may(ApiScope.READ_MINE)) {
            return caller;
        }
        if (caller.may(ApiScope.READ_PUBLIC)) {
            return null;
        }
        log.warn("Token {} refused: no read scope", caller.tokenId());
        throw new ApiProblem(403, "insufficient_scope", "This token may not read: it needs read:public or read:mine.");
    }

    private static void require(ApiCaller caller, ApiScope scope) {
        if (caller == null) {
            throw new ApiProblem(
                    401,
                    "token_required",
                    "Send a token with the scope " + scope.code() + " as 'Authorization: Bearer'.");
        }
        if (!caller.may(scope)) {
            log.warn("Token {} refused: scope {} needed", caller.tokenId(), scope.code());
            throw new ApiProblem(403, "insufficient_scope", "This token lacks the scope " + scope.code() + ".");
        }
    }

    private ToolAccess budgetAccess(SignedInPerson reader, long id) {
        return initiatives
                .toolAccess(reader, id)
                .filter(a -> a.instance().toolId().equals("budget"))
                .orElseThrow(NotFound::new);
    }

    private static InitiativeJson json(Initiative i) {
        return new InitiativeJson(
                i.id(),
                i.title(),
                i.summary(),
                i.level().code(),
                i.status().code(),
                i.domain().code(),
                i.activePhase(java.time.LocalDate.now(org.cocrea.ballots.Lifecycle.ZONE))
                        .map(Phase::code)
                        .orElse(null));
    }

    static BigDecimal cents(long cents) {
        return BigDecimal.valueOf(cents, 2);
    }

    static int number(String text, int min, int max, String name) {
        try {
            int n = Integer.parseInt(text.strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new ApiProblem(400, "bad_request", name + " must be a whole number from " + min + " to " + max + ".");
    }
}
