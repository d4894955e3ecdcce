package org.cocrea.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The voters' side of a budget: the projects, the ballot, the running total and the results. Each request opens
 * the budget once ({@link OpenTool}): who may see it, their role and what it allows, asked of the initiatives
 * module one time.
 */
@Controller
class BudgetController {
    private final BudgetService service;
    private final ProjectImages images;

    BudgetController(BudgetService service, ProjectImages images) {
        this.images = images;
        this.service = service;
    }

    @GetMapping("/budget/{id:\\d+}")
    String show(@OpenTool(BudgetTool.ID) ToolAccess budget, Model model) {
        var found = service.budget(budget.id());
        var current = found.flatMap(b -> service.ballotOf(b, budget.person())).orElse(new TreeMap<>());
        return page(budget, found.orElse(null), model, current, null);
    }

    @PostMapping("/budget/{id:\\d+}/ballot")
    String vote(
            @OpenTool(BudgetTool.ID) ToolAccess access,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters);
        try {
            service.vote(
                    access, budget, chosen.orElseThrow(() -> new Refused(BallotBox.FIELD, "budget.ballot.unknown")));
        } catch (Refused refused) {
            var errors = refused.shownAgain(response);
            return page(
                    access, service.budget(access.id()).orElse(null), model, chosen.orElse(new TreeMap<>()), errors);
        }
        redirect.addFlashAttribute("notice", "budget.ballot.cast");
        return "redirect:/budget/" + access.id();
    }

    /** The running total for htmx, re-checked on the server; the form works the same without it. */
    @PostMapping("/budget/{id:\\d+}/total")
    String total(
            @OpenTool(BudgetTool.ID) ToolAccess access,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model) {
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters).orElse(new TreeMap<>());
        model.addAttribute("total", Total.of(budget, service.projects(budget), chosen));
        return "budget/total";
    }

    /**
     * The results once the budget is closed; before that, for everyone who may read the budget, when they will be
     * published (not "not found": the page exists, the results do not yet).
     */
    @GetMapping("/budget/{id:\\d+}/results")
    String results(@OpenTool(BudgetTool.ID) ToolAccess access, Model model) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
        if (!budget.resultsShown()) {
            model.addAttribute("budget", budget);
            return "budget/results-pending";
        }
        model.addAttribute("results", service.results(budget));
        return "budget/results";
    }

    /**
     * Sign in (or register) and come back to the budget: a visitor is sent to the sign-in page with this address
     * saved as the page to return to (Spring Security's saved request, which registration keeps too), so after
     * signing in they land here again and are sent on to the ballot; a signed-in person goes to the ballot at once.
     */
    @GetMapping("/budget/{id:\\d+}/sign-in")
    String signIn(
            @OpenTool(BudgetTool.ID) ToolAccess access,
            @RequestParam(name = "register", required = false) String register,
            jakarta.servlet.http.HttpServletRequest request,
            HttpServletResponse response) {
        if (access.person() != null) {
            return "redirect:/budget/" + access.id();
        }
        new org.springframework.security.web.savedrequest.HttpSessionRequestCache().saveRequest(request, response);
        return register == null ? "redirect:/login" : "redirect:/register";
    }

    /** The anonymised election of a closed budget, for open data and for checking the count elsewhere. */
    @GetMapping(value = "/budget/{id:\\d+}/export.pb", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> export(@OpenTool(BudgetTool.ID) ToolAccess access) {
        var budget = closed(access);
        var initiative = access.initiative();
        String file = PabulibExport.of(initiative.title(), service.results(budget), service.ballots(budget));
        return org.cocrea.platform.Downloads.of(ResponseEntity.ok(), initiative.isPublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"budget-" + access.id() + ".pb\"")
                .body(file);
    }

    /** The budget whose results may be read (the ballot tools' visibility rule), else not found. */
    private Budget closed(ToolAccess access) {
        return service.budget(access.id()).filter(Budget::resultsShown).orElseThrow(NotFound::new);
    }

    /**
     * The voters' page, from the access and the budget the request has read once (a signed-in person's page ran
     * over 30 statements when each question below read the instance, the initiative and the role again).
     */
    private String page(
            ToolAccess access, Budget budget, Model model, Map<Long, Integer> chosen, BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var projects = budget == null ? List.<BudgetProject>of() : service.projects(budget);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", projects);
        model.addAttribute("pictures", images.of(projects));
        model.addAttribute("chosen", chosen);
        model.addAttribute("total", budget == null ? null : Total.of(budget, projects, chosen));
        model.addAttribute("mayVote", service.mayVote(access, budget));
        model.addAttribute("mayManage", access.may(Voters.MANAGE));
        model.addAttribute("hasVoted", budget != null && service.hasVoted(budget, access.person()));
        // A signed-in person who may not vote is told what to do: join, ask to join, or verify residence.
        boolean mayVote = Boolean.TRUE.equals(model.getAttribute("mayVote"));
        model.addAttribute(
                "joining",
                budget != null && !mayVote && budget.eligibility() == org.cocrea.ballots.Eligibility.MEMBERS
                        ? service.joining(access)
                        : org.cocrea.initiatives.Joining.NONE);
        model.addAttribute("errors", errors);
        return "budget/budget";
    }
}
