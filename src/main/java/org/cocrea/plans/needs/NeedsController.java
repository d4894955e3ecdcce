package org.cocrea.plans.needs;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.cocrea.plans.care.CareAccess;
import org.cocrea.plans.care.OpenPlanTool;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The needs assessment pages; a refused change re-renders the page with 422, keeping what was typed. */
@Controller
class NeedsController {
    private final NeedsService needs;

    NeedsController(NeedsService needs) {
        this.needs = needs;
    }

    @GetMapping("/plans/needs/{id:\\d+}")
    String show(@PathVariable long id, @OpenPlanTool(NeedsTool.ID) CareAccess.Opened a, Model model) {
        return page(a, model, null, Map.of());
    }

    @PostMapping("/plans/needs/{id:\\d+}/needs")
    String add(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String domain,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String text,
            @OpenPlanTool(NeedsTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            needs.add(a, domain, title, text);
            redirect.addFlashAttribute("notice", "care.need.added");
            return "redirect:/plans/needs/" + id;
        } catch (Refused problem) {
            return page(a, model, problem.shownAgain(response), Map.of("domain", domain, "title", title, "text", text));
        }
    }

    @PostMapping("/plans/needs/{id:\\d+}/needs/{need:\\d{1,18}}/description")
    String describe(
            @PathVariable long id,
            @PathVariable long need,
            @RequestParam(defaultValue = "") String text,
            @OpenPlanTool(NeedsTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            needs.describe(a, need, text);
            redirect.addFlashAttribute("notice", "care.need.described");
            return "redirect:/plans/needs/" + id + "#need-" + need;
        } catch (Refused problem) {
            return page(a, model, problem.shownAgain(response), Map.of());
        }
    }

    @PostMapping("/plans/needs/{id:\\d+}/ranking")
    String rank(
            @PathVariable long id,
            @RequestParam Map<String, String> form,
            @OpenPlanTool(NeedsTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            needs.rank(a, form);
            redirect.addFlashAttribute("notice", "care.rank.saved");
            return "redirect:/plans/needs/" + id + "#rankings";
        } catch (Refused problem) {
            return page(a, model, problem.shownAgain(response), Map.of());
        }
    }

    @PostMapping("/plans/needs/{id:\\d+}/agreement")
    String agree(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String order,
            @OpenPlanTool(NeedsTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            needs.confirm(a, order);
            redirect.addFlashAttribute("notice", "care.agree.saved");
            return "redirect:/plans/needs/" + id + "#agreed";
        } catch (Refused problem) {
            return page(a, model, problem.shownAgain(response), Map.of());
        }
    }

    private String page(CareAccess.Opened a, Model model, BindingResult errors, Map<String, String> typed) {
        model.addAttribute("page", needs.page(a));
        model.addAttribute("me", a.personId());
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        return "plans/needs";
    }
}
