package org.cocrea.initiatives.factors;

import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The influential factors of one initiative: the owner's readiness questionnaire, each member's own opt-in
 * answers (shown only to them), and the members' averages as last published ({@link FactorAnswers}).
 */
@Controller
class FactorsController {
    private final InitiativeService service;
    private final Initiatives api;
    private final FactorRepository factors;
    private final FactorAnswers answers;

    FactorsController(InitiativeService service, Initiatives api, FactorRepository factors, FactorAnswers answers) {
        this.service = service;
        this.api = api;
        this.factors = factors;
        this.answers = answers;
    }

    @GetMapping("/initiatives/{id:\\d+}/factors")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(service.visible(me, id), me, model, null);
    }

    @PostMapping("/initiatives/{id:\\d+}/factors/organisation")
    String readiness(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Initiative i = service.visible(me, id);
        if (api.role(id, me).filter(r -> r == MemberRole.OWNER).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        var answers = parse(params, Factors.ORGANISATION);
        if (answers == null) {
            response.setStatus(422);
            return page(i, me, model, "factors.invalid");
        }
        factors.saveReadiness(id, answers, me.personId());
        redirect.addFlashAttribute("notice", "factors.saved");
        return "redirect:/initiatives/" + id + "/factors";
    }

    @PostMapping("/initiatives/{id:\\d+}/factors/mine")
    String mine(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam Map<String, String> params,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Initiative i = service.visible(me, id);
        if (api.role(id, me).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        if (!"true".equals(params.get("consent"))) {
            response.setStatus(422);
            return page(i, me, model, "factors.consent.required");
        }
        var given = parse(params, Factors.CITIZEN);
        if (given == null) {
            response.setStatus(422);
            return page(i, me, model, "factors.invalid");
        }
        if (!api.counts(me)) {
            response.setStatus(422);
            return page(i, me, model, Refused.UNCONFIRMED);
        }
        answers.answer(me, id, given);
        redirect.addFlashAttribute("notice", "factors.saved");
        return "redirect:/initiatives/" + id + "/factors";
    }

    @PostMapping("/initiatives/{id:\\d+}/factors/mine/delete")
    String withdraw(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        service.visible(me, id);
        answers.withdraw(me, id);
        redirect.addFlashAttribute("notice", "factors.withdrawn");
        return "redirect:/initiatives/" + id + "/factors";
    }

    private String page(Initiative i, SignedInPerson me, Model model, String error) {
        var role = api.role(i.id(), me).orElse(null);
        model.addAttribute(
                "factors",
                new FactorsPage(
                        i,
                        factors.readiness(i.id()).orElse(null),
                        me == null
                                ? null
                                : factors.citizen(i.id(), me.personId()).orElse(null),
                        role != null ? answers.published(i.id()) : null,
                        role == MemberRole.OWNER,
                        role != null,
                        error));
        return "initiatives/factors";
    }

    /** All items present and whole numbers from 1 to 5, or null. */
    static Factors.Answers parse(Map<String, String> params, List<String> items) {
        var values = new ArrayList<Integer>();
        for (String item : items) {
            try {
                int v = Integer.parseInt(params.getOrDefault(item, "").trim());
                if (v < 1 || v > 5) {
                    return null;
                }
                values.add(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return new Factors.Answers(List.copyOf(values));
    }
}
