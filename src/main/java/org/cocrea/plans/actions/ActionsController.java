package org.cocrea.plans.actions;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
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

/** Actions and the diary; a refused change re-renders the page with 422, keeping what was typed. */
@Controller
class ActionsController {
    private final ActionsService actions;
    /** Today is the organisation's day (Europe/Rome unless configured), not the server's UTC one. */
    private final java.time.ZoneId zone;

    ActionsController(ActionsService actions, org.cocrea.platform.CocreaSettings settings) {
        this.actions = actions;
        this.zone = settings.timeZone();
    }

    @GetMapping("/plans/actions/{id:\\d+}")
    String show(
            @PathVariable long id,
            @RequestParam(defaultValue = "1") String page,
            @OpenPlanTool(ActionsTool.ID) CareAccess.Opened a,
            Model model) {
        int pageNo;
        try {
            pageNo = Integer.parseInt(page.strip());
        } catch (NumberFormatException e) {
            pageNo = 1;
        }
        return page(a, pageNo, model, null, Map.of());
    }

    @PostMapping("/plans/actions/{id:\\d+}/actions")
    String add(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String title,
            @RequestParam(defaultValue = "") String kind,
            @RequestParam(defaultValue = "") String performer,
            @RequestParam(defaultValue = "") String due,
            @OpenPlanTool(ActionsTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            actions.add(a, title, kind, performer, due);
            redirect.addFlashAttribute("notice", "care.action.added");
            return "redirect:/plans/actions/" + id + "#actions";
        } catch (Refused problem) {
            var typed = Map.of("title", title, "kind", kind, "performer", performer, "due", due);
            return page(a, 1, model, problem.shownAgain(response), typed);
        }
    }

    @PostMapping("/plans/actions/{id:\\d+}/actions/{action:\\d{1,18}}/status")
    String status(
            @PathVariable long id,
            @PathVariable long action,
            @RequestParam(defaultValue = "") String status,
            @OpenPlanTool(ActionsTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            actions.status(a, action, status);
            redirect.addFlashAttribute("notice", "care.action.updated");
            return "redirect:/plans/actions/" + id + "#actions";
        } catch (Refused problem) {
            return page(a, 1, model, problem.shownAgain(response), Map.of());
        }
    }

    @PostMapping("/plans/actions/{id:\\d+}/diary")
    String log(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String doneOn,
            @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "") String what,
            @RequestParam(defaultValue = "") String minutes,
            @RequestParam(defaultValue = "") String amount,
            @RequestParam(defaultValue = "") String unit,
            @RequestParam(defaultValue = "") String how,
            @OpenPlanTool(ActionsTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var form = new ActionsService.DiaryForm(doneOn, action, what, minutes, amount, unit, how);
        try {
            actions.log(a, form);
            redirect.addFlashAttribute("notice", "care.diary.added");
            return "redirect:/plans/actions/" + id + "#diary";
        } catch (Refused problem) {
            var typed = Map.of(
                    "doneOn", doneOn, "action", action, "what", what, "minutes", minutes, "amount", amount, "unit",
                    unit, "how", how);
            return page(a, 1, model, problem.shownAgain(response), typed);
        }
    }

    private String page(CareAccess.Opened a, int pageNo, Model model, BindingResult errors, Map<String, String> typed) {
        model.addAttribute("page", actions.page(a, pageNo));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("today", LocalDate.now(zone).toString());
        return "plans/actions";
    }
}
