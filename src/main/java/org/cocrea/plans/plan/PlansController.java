package org.cocrea.plans.plan;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.cocrea.plans.PlanContent;
import org.cocrea.plans.care.OpenPlanTool;
import org.cocrea.plans.privacy.AuditEntry;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The pages of one plan; a refused change re-renders the plan page with status 422 and nothing stored. */
@Controller
public class PlansController {
    private final PlanService plans;

    private final java.time.ZoneId zone;

    PlansController(PlanService plans, CocreaSettings settings) {
        // "today" for the date fields is the organisation's, not the server's UTC date
        this.zone = settings.timeZone();
        this.plans = plans;
    }

    @GetMapping("/plans/{id:\\d+}")
    String show(@PathVariable long id, @OpenPlanTool(PlanTool.ID) PlanService.Access access, Model model) {
        return page(access, model, null, null, Map.of(), "");
    }

    @PostMapping("/plans/{id:\\d+}/versions")
    String propose(
            @PathVariable long id,
            @ModelAttribute("form") PlanForm form,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            int number = plans.propose(access, form.content());
            redirect.addFlashAttribute("notice", "plans.version.created");
            return "redirect:/plans/" + id + "/versions/" + number;
        } catch (Refused problem) {
            return refused(access, model, response, problem, form, Map.of(), "propose");
        }
    }

    @GetMapping("/plans/{id:\\d+}/versions/{n:\\d{1,9}}")
    String version(
            @PathVariable long id,
            @PathVariable int n,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            Model model) {
        var shown = plans.versionPage(access, n);
        model.addAttribute("page", shown.page());
        model.addAttribute("version", shown.version());
        model.addAttribute("sha256", shown.sha256());
        return "plans/version";
    }

    @GetMapping("/plans/{id:\\d+}/diff")
    String diff(
            @PathVariable long id,
            @RequestParam(defaultValue = "0") int from,
            @RequestParam(defaultValue = "0") int to,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            Model model) {
        model.addAttribute("changes", plans.diff(access, from, to));
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instanceId", id);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        return "plans/diff";
    }

    @PostMapping("/plans/{id:\\d+}/versions/{n:\\d{1,9}}/sign")
    String sign(
            @PathVariable long id,
            @PathVariable int n,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            plans.sign(access, n);
            redirect.addFlashAttribute("notice", "plans.signed");
            return "redirect:/plans/" + id;
        } catch (Refused problem) {
            return refused(access, model, response, problem, null, Map.of(), "");
        }
    }

    @PostMapping("/plans/{id:\\d+}/goals")
    String addGoal(
            @PathVariable long id,
            @RequestParam Map<String, String> params,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var form = GoalForm.of(params);
        try {
            plans.addGoal(access, form);
            redirect.addFlashAttribute("notice", "plans.goal.added");
            return "redirect:/plans/" + id + "#goals";
        } catch (Refused problem) {
            return refused(access, model, response, problem, null, form.typed(), "goal");
        }
    }

    /** A refused score names the field of that goal's form (level-12, scoredOn-12), each goal having its own. */
    @PostMapping("/plans/{id:\\d+}/goals/{goal:\\d+}/scores")
    String score(
            @PathVariable long id,
            @PathVariable long goal,
            @RequestParam(defaultValue = "") String level,
            @RequestParam(defaultValue = "") String scoredOn,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            plans.score(access, goal, level, scoredOn);
            redirect.addFlashAttribute("notice", "plans.score.added");
            return "redirect:/plans/" + id + "#goals";
        } catch (Refused problem) {
            var field = problem.field() == null ? null : problem.field() + "-" + goal;
            var typed = Map.of("level-" + goal, level, "scoredOn-" + goal, scoredOn);
            return refused(access, model, response, new Refused(field, problem.key()), null, typed, "score-" + goal);
        }
    }

    @GetMapping("/plans/{id:\\d+}/audit")
    String audit(@PathVariable long id, @OpenPlanTool(PlanTool.ID) PlanService.Access access, Model model) {
        var entries = plans.auditLog(access);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instanceId", id);
        model.addAttribute("entries", entries);
        model.addAttribute(
                "names",
                plans.names(entries.stream()
                        .map(AuditEntry::personId)
                        .filter(java.util.Objects::nonNull)
                        .distinct()
                        .toList()));
        return "plans/audit";
    }

    private String refused(
            PlanService.Access access,
            Model model,
            HttpServletResponse response,
            Refused problem,
            PlanForm form,
            Map<String, String> typed,
            String opened) {
        return page(access, model, form, problem.shownAgain(response), typed, opened);
    }

    /** {@code opened} names the form a refusal shows again, open, so its errors are next to its fields. */
    private String page(
            PlanService.Access access,
            Model model,
            PlanForm form,
            BindingResult errors,
            Map<String, String> typed,
            String opened) {
        var page = plans.page(access);
        model.addAttribute("page", page);
        model.addAttribute(
                "form",
                form != null
                        ? form
                        : PlanForm.of(
                                page.latest() == null
                                        ? PlanContent.empty()
                                        : page.latest().content()));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("today", LocalDate.now(zone).toString());
        model.addAttribute("opened", opened);
        return "plans/plan";
    }
}
