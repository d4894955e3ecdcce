package org.cocrea.commissioning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Facilitators record paper ballots for a code holder or a resident; the log shows who recorded what, when. */
@Controller
class PaperController {
    private final BudgetController budgets;
    private final BudgetService service;
    private final Channels channels;
    private final Accounts accounts;

    PaperController(BudgetController budgets, BudgetService service, Channels channels, Accounts accounts) {
        this.budgets = budgets;
        this.service = service;
        this.channels = channels;
        this.accounts = accounts;
    }

    @GetMapping("/budget/{id:\\d+}/paper")
    String paper(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(id, me, model, "", new TreeMap<>(), null);
    }

    @PostMapping("/budget/{id:\\d+}/paper")
    String record(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "identifier", required = false) String identifier,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam org.springframework.util.MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        budgets.visible(id, me);
        if (!service.mayManage(me, id)) {
            throw new AccessDeniedException("not a facilitator of this budget");
        }
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters);
        var problem = chosen.isPresent()
                ? channels.recordPaper(me, id, identifier, chosen.get())
                : java.util.Optional.of(new Problem(BallotBox.FIELD, "budget.ballot.unknown"));
        if (problem.isPresent()) {
            response.setStatus(422);
            return page(id, me, model, identifier, chosen.orElse(new TreeMap<>()), problem.get());
        }
        redirect.addFlashAttribute("notice", "budget.paper.recorded");
        return "redirect:/budget/" + id + "/paper";
    }

    private String page(
            long id, SignedInPerson me, Model model, String identifier, Map<Long, Integer> chosen, Problem problem) {
        var access = budgets.managing(id, me);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        var projects = service.projects(budget);
        var log = channels.log(budget);
        var names = new java.util.HashMap<Long, String>();
        accounts.people(log.stream().map(PaperEntry::recordedBy).toList())
                .forEach((personId, person) -> names.put(personId, name(person)));
        model.addAttribute("budget", budget);
        model.addAttribute("projects", projects);
        model.addAttribute("chosen", chosen);
        // The identifier may be a resident's: it is never shown back once stored, only while correcting a form.
        model.addAttribute("identifier", identifier == null || identifier.length() > 64 ? "" : identifier);
        model.addAttribute("total", Total.of(budget, projects, chosen));
        model.addAttribute("log", log);
        model.addAttribute("names", names);
        model.addAttribute("errors", problem == null ? null : BudgetController.errors(List.of(problem)));
        return "commissioning/paper";
    }

    private static String name(Person person) {
        return person.deleted() ? "—" : person.name();
    }
}
