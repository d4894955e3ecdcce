package org.cocrea.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Person;
import org.cocrea.ballots.ManagePage;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Facilitators record paper ballots for a code holder or a resident; the log shows who recorded what, when. */
@Controller
class PaperController {
    private final BudgetService service;
    private final Channels channels;
    private final Accounts accounts;

    PaperController(BudgetService service, Channels channels, Accounts accounts) {
        this.service = service;
        this.channels = channels;
        this.accounts = accounts;
    }

    @GetMapping("/budget/{id:\\d+}/paper")
    String paper(@OpenTool(BudgetTool.ID) ToolAccess budget, Model model) {
        return page(budget, model, "", new TreeMap<>(), null);
    }

    @PostMapping("/budget/{id:\\d+}/paper")
    String record(
            @OpenTool(BudgetTool.ID) ToolAccess access,
            @RequestParam(name = "identifier", required = false) String identifier,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        org.cocrea.ballots.Voters.requireManager(access);
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters);
        try {
            channels.recordPaper(
                    access,
                    identifier,
                    chosen.orElseThrow(() -> new Refused(BallotBox.FIELD, "budget.ballot.unknown")));
        } catch (Refused refused) {
            var errors = refused.shownAgain(response);
            return page(access, model, identifier, chosen.orElse(new TreeMap<>()), errors);
        }
        redirect.addFlashAttribute("notice", "budget.paper.recorded");
        return "redirect:/budget/" + access.id() + "/paper";
    }

    private String page(
            ToolAccess access, Model model, String identifier, Map<Long, Integer> chosen, BindingResult errors) {
        ManagePage.open(access, model);
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
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
        model.addAttribute("errors", errors);
        return "budget/paper";
    }

    private static String name(Person person) {
        return person.deleted() ? "—" : person.name();
    }
}
