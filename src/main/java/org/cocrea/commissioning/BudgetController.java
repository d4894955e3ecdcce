package org.cocrea.commissioning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.cocrea.initiatives.Initiatives;
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
        return page(id, me, model, List.of(), null);
    }

    @PostMapping("/budget/{id:\\d+}/ballot")
    String vote(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "projects", required = false) List<String> projects,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        visible(id, me);
        var chosen = ids(projects);
        var problem = chosen.isPresent()
                ? service.vote(me, id, chosen.get())
                : Optional.of(new Problem(BallotBox.FIELD, "budget.ballot.unknown"));
        if (problem.isPresent()) {
            response.setStatus(422);
            return page(id, me, model, chosen.orElse(List.of()), errors(List.of(problem.get())));
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
            Model model) {
        visible(id, me);
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        model.addAttribute(
                "total",
                Total.of(budget, service.projects(budget), ids(projects).orElse(List.of())));
        return "commissioning/total";
    }

    @GetMapping("/budget/{id:\\d+}/results")
    String results(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        ToolInstance instance = instance(id);
        model.addAttribute("initiative", visible(id, me));
        model.addAttribute("instance", instance);
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
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"budget-" + id + ".pb\"")
                .body(file);
    }

    private String page(long id, SignedInPerson me, Model model, List<Long> chosen, BindingResult errors) {
        ToolInstance instance = instance(id);
        model.addAttribute("initiative", visible(id, me));
        model.addAttribute("instance", instance);
        var budget = service.budget(id).orElse(null);
        var projects = budget == null ? List.<BudgetProject>of() : service.projects(budget);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", projects);
        model.addAttribute("chosen", chosen);
        model.addAttribute("total", budget == null ? null : Total.of(budget, projects, chosen));
        model.addAttribute("mayVote", service.mayVote(me, id));
        model.addAttribute("mayManage", service.mayManage(me, id));
        model.addAttribute("hasVoted", budget != null && service.hasVoted(budget, me));
        model.addAttribute("errors", errors);
        return "commissioning/budget";
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

    /** Project ids as submitted; empty when one is not a number (a tampered form). */
    static Optional<List<Long>> ids(List<String> values) {
        var ids = new ArrayList<Long>();
        for (String v : values == null ? List.<String>of() : values) {
            try {
                ids.add(Long.parseLong(v.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.of(ids);
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
