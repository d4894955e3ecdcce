package org.cocrea.commissioning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.FormErrors;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The voters' side of a budget: the projects, the ballot, the running total and the results. */
@Controller
class BudgetController {
    private final Initiatives initiatives;
    private final BudgetService service;

    BudgetController(Initiatives initiatives, BudgetService service) {
        this.initiatives = initiatives;
        this.service = service;
    }

    @GetMapping("/budget/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var access = access(id, me);
        var budget = service.budget(id);
        var current = budget.flatMap(b -> service.ballotOf(b, me)).orElse(new TreeMap<>());
        return page(access, budget.orElse(null), me, model, current, null);
    }

    @PostMapping("/budget/{id:\\d+}/ballot")
    String vote(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam org.springframework.util.MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        visible(id, me);
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters);
        var problem = chosen.isPresent()
                ? service.vote(me, id, chosen.get())
                : Optional.of(new Problem(BallotBox.FIELD, "budget.ballot.unknown"));
        if (problem.isPresent()) {
            response.setStatus(422);
            return page(
                    access(id, me),
                    service.budget(id).orElse(null),
                    me,
                    model,
                    chosen.orElse(new TreeMap<>()),
                    errors(List.of(problem.get())));
        }
        redirect.addFlashAttribute("notice", "budget.ballot.cast");
        return "redirect:/budget/" + id;
    }

    /** The running total for htmx, re-checked on the server; the form works the same without it. */
    @PostMapping("/budget/{id:\\d+}/total")
    String total(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam org.springframework.util.MultiValueMap<String, String> parameters,
            Model model) {
        visible(id, me);
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters).orElse(new TreeMap<>());
        model.addAttribute("total", Total.of(budget, service.projects(budget), chosen));
        return "commissioning/total";
    }

    @GetMapping("/budget/{id:\\d+}/results")
    String results(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        var access = access(id, me);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var budget = service.budget(id)
                .filter(b -> b.status() == BudgetStatus.CLOSED)
                .orElseThrow(BudgetController::notFound);
        model.addAttribute("results", service.results(budget));
        return "commissioning/results";
    }

    /** The anonymised election of a closed budget, for open data and for checking the count elsewhere. */
    @GetMapping(value = "/budget/{id:\\d+}/export.pb", produces = "text/plain;charset=UTF-8")
    @ResponseBody
    ResponseEntity<String> export(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me) {
        var initiative = visible(id, me);
        var budget = service.budget(id)
                .filter(b -> b.status() == BudgetStatus.CLOSED)
                .orElseThrow(BudgetController::notFound);
        String file = PabulibExport.of(initiative.title(), service.results(budget), service.ballots(budget));
        return org.cocrea.platform.Downloads.of(ResponseEntity.ok(), initiative.isPublic())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"budget-" + id + ".pb\"")
                .body(file);
    }

    /**
     * The voters' page, from the access and the budget the request has read once (a signed-in person's page ran
     * over 30 statements when each question below read the instance, the initiative and the role again).
     */
    private String page(
            ToolAccess access,
            Budget budget,
            SignedInPerson me,
            Model model,
            Map<Long, Integer> chosen,
            BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var projects = budget == null ? List.<BudgetProject>of() : service.projects(budget);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", projects);
        model.addAttribute("chosen", chosen);
        model.addAttribute("total", budget == null ? null : Total.of(budget, projects, chosen));
        model.addAttribute("mayVote", service.mayVote(me, access, budget));
        model.addAttribute("mayManage", access.may(BudgetTool.MANAGE));
        model.addAttribute("hasVoted", budget != null && service.hasVoted(budget, me));
        model.addAttribute("errors", errors);
        return "commissioning/budget";
    }

    /** The person's standing in the budget, read once per request; not found when they may not see it. */
    ToolAccess access(long id, SignedInPerson me) {
        return service.access(me, id).orElseThrow(BudgetController::notFound);
    }

    /** {@link #access} for the facilitators' pages: forbidden to anyone else who sees the budget. */
    ToolAccess managing(long id, SignedInPerson me) {
        var access = access(id, me);
        if (!access.may(BudgetTool.MANAGE)) {
            throw new org.springframework.security.access.AccessDeniedException("not a facilitator of this budget");
        }
        return access;
    }

    ToolInstance instance(long id) {
        return initiatives
                .toolInstance(id)
                .filter(i -> i.toolId().equals(BudgetTool.ID))
                .orElseThrow(BudgetController::notFound);
    }

    org.cocrea.initiatives.Initiative visible(long id, SignedInPerson me) {
        return initiatives.visible(instance(id).initiativeId(), me).orElseThrow(BudgetController::notFound);
    }

    static BindingResult errors(List<Problem> problems) {
        var errors = new MapBindingResult(new HashMap<>(), "form");
        for (Problem p : problems) {
            if (p.field() == null) {
                errors.reject(p.code(), p.args(), p.code());
            } else {
                FormErrors.reject(errors, p.field(), p.code(), p.args());
            }
        }
        return errors;
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
