package org.cocrea.budget;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.cocrea.ballots.ManagePage;
import org.cocrea.ballots.VotingCodes;
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

/** One-time voting codes: facilitators generate and print them; holders vote with one, without an account. */
@Controller
class CodesController {
    private final BudgetService service;
    private final Channels channels;
    private final String baseUrl;

    CodesController(
            BudgetService service,
            Channels channels,
            @org.springframework.beans.factory.annotation.Value("${cocrea.base-url:}") String baseUrl) {
        this.service = service;
        this.channels = channels;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    @GetMapping("/budget/{id:\\d+}/codes")
    String codes(@OpenTool(BudgetTool.ID) ToolAccess budget, Model model) {
        return codesPage(budget, model, "", null);
    }

    @PostMapping("/budget/{id:\\d+}/codes")
    String generate(
            @OpenTool(BudgetTool.ID) ToolAccess budget,
            @RequestParam(name = "count", required = false) String count,
            Model model,
            HttpServletResponse response) {
        try {
            var n = Channels.batch(count)
                    .orElseThrow(
                            () -> new Refused("count", "budget.codes.count", String.valueOf(VotingCodes.MAX_BATCH)));
            var fresh = channels.generate(budget, n);
            // Shown once: the page must not be kept by the browser or a proxy.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("initiative", budget.initiative());
            model.addAttribute("instance", budget.instance());
            model.addAttribute("codes", fresh);
            model.addAttribute("baseUrl", baseUrl);
            return "budget/codes-print";
        } catch (Refused refused) {
            return codesPage(budget, model, count, refused.shownAgain(response));
        }
    }

    private String codesPage(ToolAccess access, Model model, String count, BindingResult errors) {
        ManagePage.open(access, model);
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
        model.addAttribute("budget", budget);
        model.addAttribute("counts", channels.counts(budget));
        model.addAttribute("count", count == null ? "" : count);
        model.addAttribute("errors", errors);
        return "budget/codes";
    }

    @GetMapping("/budget/{id:\\d+}/code")
    String codeForm(@OpenTool(BudgetTool.ID) ToolAccess budget, Model model) {
        return codeVotePage(budget, model, "", new TreeMap<>(), null);
    }

    @PostMapping("/budget/{id:\\d+}/code")
    String voteWithCode(
            @OpenTool(BudgetTool.ID) ToolAccess access,
            @RequestParam(name = "code", required = false) String code,
            @RequestParam(name = "projects", required = false) List<String> projects,
            @RequestParam MultiValueMap<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
        var chosen = Choices.parse(budget.ballotType(), projects, parameters);
        try {
            channels.voteWithCode(
                    access.id(), code, chosen.orElseThrow(() -> new Refused(BallotBox.FIELD, "budget.ballot.unknown")));
        } catch (Refused refused) {
            var errors = refused.shownAgain(response);
            return codeVotePage(access, model, code, chosen.orElse(new TreeMap<>()), errors);
        }
        redirect.addFlashAttribute("notice", "budget.code.cast");
        return "redirect:/budget/" + access.id();
    }

    private String codeVotePage(
            ToolAccess access, Model model, String code, Map<Long, Integer> chosen, BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        var budget = service.budget(access.id()).orElseThrow(NotFound::new);
        var projects = service.projects(budget);
        model.addAttribute("budget", budget);
        model.addAttribute("projects", projects);
        model.addAttribute("chosen", chosen);
        model.addAttribute("code", code == null || code.length() > 40 ? "" : code);
        model.addAttribute("total", Total.of(budget, projects, chosen));
        model.addAttribute("errors", errors);
        return "budget/code";
    }
}
