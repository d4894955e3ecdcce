package org.cocrea.commissioning;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One-time voting codes: facilitators generate and print them; holders vote with one, without an account. */
@Controller
class CodesController {
    private final BudgetController budgets;
    private final BudgetService service;
    private final Channels channels;
    private final String baseUrl;

    CodesController(
            BudgetController budgets,
            BudgetService service,
            Channels channels,
            @org.springframework.beans.factory.annotation.Value("${cocrea.base-url:}") String baseUrl) {
        this.budgets = budgets;
        this.service = service;
        this.channels = channels;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/budget/{id:\\d+}/codes")
    String codes(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return codesPage(id, me, model, "", null);
    }

    @PostMapping("/budget/{id:\\d+}/codes")
    String generate(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "count", required = false) String count,
            Model model,
            HttpServletResponse response) {
        budgets.visible(id, me);
        var n = Channels.batch(count);
        if (n.isEmpty()) {
            response.setStatus(422);
            return codesPage(
                    id,
                    me,
                    model,
                    count,
                    new Problem("count", "budget.codes.count", String.valueOf(VotingCodes.MAX_BATCH)));
        }
        try {
            var fresh = channels.generate(me, id, n.get());
            // Shown once: the page must not be kept by the browser or a proxy.
            response.setHeader("Cache-Control", "no-store");
            var access = budgets.access(id, me);
            model.addAttribute("initiative", access.initiative());
            model.addAttribute("instance", access.instance());
            model.addAttribute("codes", fresh);
            model.addAttribute("baseUrl", baseUrl);
            return "commissioning/codes-print";
        } catch (Channels.ProblemException e) {
            response.setStatus(422);
            return codesPage(id, me, model, count, e.problem);
        }
    }

    private String codesPage(long id, SignedInPerson me, Model model, String count, Problem problem) {
        var access = budgets.managing(id, me);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        model.addAttribute("budget", budget);
        model.addAttribute("counts", channels.counts(budget));
        model.addAttribute("count", count == null ? "" : count);
        model.addAttribute("errors", problem == null ? null : BudgetController.errors(List.of(problem)));
        return "commissioning/codes";
    }

    @GetMapping("/budget/{id:\\d+}/code")
    String codeForm(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return codeVotePage(id, me, model, "", new TreeMap<>(), null);
    }

    @PostMapping("/budget/{id:\\d+}/code")
    String voteWithCode(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam org.springframework.util.MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        budgets.visible(id, me);
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters);
        var problem = chosen.isPresent()
                ? channels.voteWithCode(id, code, chosen.get())
                : java.util.Optional.of(new Problem(BallotBox.FIELD, "budget.ballot.unknown"));
        if (problem.isPresent()) {
            response.setStatus(422);
            return codeVotePage(id, me, model, code, chosen.orElse(new TreeMap<>()), problem.get());
        }
        redirect.addFlashAttribute("notice", "budget.code.cast");
        return "redirect:/budget/" + id;
    }

    private String codeVotePage(
            long id, SignedInPerson me, Model model, String code, Map<Long, Integer> chosen, Problem problem) {
        var access = budgets.access(id, me);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var budget = service.budget(id).orElseThrow(BudgetController::notFound);
        var projects = service.projects(budget);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", projects);
        model.addAttribute("chosen", chosen);
        model.addAttribute("code", code == null || code.length() > 40 ? "" : code);
        model.addAttribute("total", Total.of(budget, projects, chosen));
        model.addAttribute("errors", problem == null ? null : BudgetController.errors(List.of(problem)));
        return "commissioning/code";
    }
}
