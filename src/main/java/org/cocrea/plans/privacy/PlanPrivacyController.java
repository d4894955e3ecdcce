package org.cocrea.plans.privacy;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.cocrea.plans.care.OpenPlanTool;
import org.cocrea.plans.care.RemoteAddress;
import org.cocrea.plans.plan.PlanService;
import org.cocrea.plans.plan.PlanTool;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The citizen's privacy page (consents, erasure) and the administrator's oversight and emergency access.
 * A refused change re-renders its page with status 422 and nothing stored.
 */
@Controller
class PlanPrivacyController {
    private final PlanService plans;
    private final PlanPrivacy privacy;

    PlanPrivacyController(PlanService plans, PlanPrivacy privacy) {
        this.plans = plans;
        this.privacy = privacy;
    }

    @GetMapping("/plans/{id:\\d+}/privacy")
    String page(@PathVariable long id, @OpenPlanTool(PlanTool.ID) PlanService.Access a, Model model) {
        return privacyPage(a, model, null);
    }

    @PostMapping("/plans/{id:\\d+}/consents/give")
    String give(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String scope,
            @RequestParam(defaultValue = "") String proxy,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            privacy.give(access, scope, proxy);
            redirect.addFlashAttribute("notice", "planprivacy.consent.given");
            return "redirect:/plans/" + id + "/privacy";
        } catch (Refused problem) {
            return privacyPage(access, model, problem.shownAgain(response));
        }
    }

    @PostMapping("/plans/{id:\\d+}/consents/withdraw")
    String withdraw(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String scope,
            @RequestParam(defaultValue = "") String proxy,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            privacy.withdraw(access, scope, proxy);
            redirect.addFlashAttribute("notice", "planprivacy.consent.withdrawn");
            return "redirect:/plans/" + id + "/privacy";
        } catch (Refused problem) {
            return privacyPage(access, model, problem.shownAgain(response));
        }
    }

    @PostMapping("/plans/{id:\\d+}/erasure")
    String erase(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String confirm,
            @OpenPlanTool(PlanTool.ID) PlanService.Access access,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            privacy.erase(access, confirm);
            redirect.addFlashAttribute("notice", "planprivacy.erasure.done");
            return "redirect:/plans/" + id + "/privacy";
        } catch (Refused problem) {
            return privacyPage(access, model, problem.shownAgain(response));
        }
    }

    @GetMapping("/plans/oversight")
    String oversight(@AuthenticationPrincipal SignedInPerson me, Model model) {
        model.addAttribute("plans", privacy.oversight(me));
        return "plans/oversight";
    }

    @GetMapping("/plans/{id:\\d+}/emergency")
    String emergencyForm(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return adminPage("emergency", privacy.overseen(id, me), model, null, Map.of("reason", "", "minutes", "60"));
    }

    @PostMapping("/plans/{id:\\d+}/emergency")
    String emergency(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String reason,
            @RequestParam(defaultValue = "") String minutes,
            @RequestParam(defaultValue = "false") String wholeRecord,
            @AuthenticationPrincipal SignedInPerson me,
            @RemoteAddress String from,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var plan = privacy.overseen(id, me);
        // Only the checkbox's own value asks for the export; anything else (absent, garbled) does not.
        boolean whole = "true".equals(wholeRecord);
        try {
            privacy.startEmergency(id, me, reason, minutes, whole, from);
            redirect.addFlashAttribute("notice", "planprivacy.emergency.started");
            return "redirect:/plans/" + id;
        } catch (Refused problem) {
            return adminPage(
                    "emergency",
                    plan,
                    model,
                    problem.shownAgain(response),
                    Map.of("reason", reason, "minutes", minutes));
        }
    }

    @GetMapping("/plans/{id:\\d+}/reassign")
    String reassignForm(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return adminPage("reassign", privacy.overseen(id, me), model, null, Map.of("email", "", "reason", ""));
    }

    /** An administrator gives the plan to another person (made for the wrong account), stating why. */
    @PostMapping("/plans/{id:\\d+}/reassign")
    String reassign(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String reason,
            @AuthenticationPrincipal SignedInPerson me,
            @RemoteAddress String from,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var plan = privacy.overseen(id, me);
        try {
            privacy.reassign(id, me, email, reason, from);
            redirect.addFlashAttribute("notice", "planprivacy.reassign.done");
            return "redirect:/plans/oversight";
        } catch (Refused problem) {
            return adminPage(
                    "reassign", plan, model, problem.shownAgain(response), Map.of("email", email, "reason", reason));
        }
    }

    private String privacyPage(PlanService.Access access, Model model, BindingResult errors) {
        model.addAttribute("page", privacy.page(access));
        model.addAttribute("errors", errors);
        return "plans/privacy";
    }

    /** An administrator's form about one plan (emergency access, reassignment), with the values typed. */
    private static String adminPage(
            String view, PlanOversight plan, Model model, BindingResult errors, Map<String, String> typed) {
        model.addAttribute("plan", plan);
        typed.forEach(model::addAttribute);
        model.addAttribute("errors", errors);
        return "plans/" + view;
    }
}
