package org.cocrea.decision;

import jakarta.servlet.http.HttpServletResponse;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
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

/**
 * The decisions of one instance and the page of each: the proposal and its earlier texts, the live counts with
 * the reasons, the position form and the facilitators' revise, close and outcome forms. Each request opens the
 * instance once ({@link OpenTool}); a refusal shows the page again with the form as typed (422), nothing stored.
 */
@Controller
class DecisionController {
    private static final String ID = "/decision/{id:\\d+}";
    private static final String ONE = ID + "/{decision:\\d+}";
    private final DecisionService service;

    DecisionController(DecisionService service) {
        this.service = service;
    }

    @GetMapping(ID)
    String list(@OpenTool(DecisionTool.ID) ToolAccess access, Model model) {
        return list(access, model, null, null);
    }

    @PostMapping(ID)
    String create(
            @OpenTool(DecisionTool.ID) ToolAccess access,
            @ModelAttribute("form") DecisionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = service.create(access, form);
            redirect.addFlashAttribute("notice", "decision.created");
            return "redirect:/decision/" + access.id() + "/" + id;
        } catch (Refused refused) {
            return list(access, model, form, refused.shownAgain(response));
        }
    }

    @GetMapping(ONE)
    String show(@OpenTool(DecisionTool.ID) ToolAccess access, @PathVariable("decision") long decision, Model model) {
        return page(access, decision, model, null, null, null);
    }

    @PostMapping(ONE + "/position")
    String position(
            @OpenTool(DecisionTool.ID) ToolAccess access,
            @PathVariable("decision") long decision,
            @ModelAttribute("positionForm") PositionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            boolean again = service.take(access, decision, form);
            redirect.addFlashAttribute("notice", again ? "decision.position.changed" : "decision.position.taken");
            return "redirect:/decision/" + access.id() + "/" + decision;
        } catch (Refused refused) {
            return page(access, decision, model, "position", form, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/revise")
    String revise(
            @OpenTool(DecisionTool.ID) ToolAccess access,
            @PathVariable("decision") long decision,
            @ModelAttribute("reviseForm") ReviseForm form,
            @RequestParam(name = "revision", required = false) String revision,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.revise(access, decision, form, number(revision));
            redirect.addFlashAttribute("notice", "decision.revised");
            return "redirect:/decision/" + access.id() + "/" + decision;
        } catch (Refused refused) {
            return page(access, decision, model, "revise", form, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/close")
    String close(
            @OpenTool(DecisionTool.ID) ToolAccess access,
            @PathVariable("decision") long decision,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.close(access, decision);
            redirect.addFlashAttribute("notice", "decision.closed");
            return "redirect:/decision/" + access.id() + "/" + decision;
        } catch (Refused refused) {
            return page(access, decision, model, "close", null, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/outcome")
    String outcome(
            @OpenTool(DecisionTool.ID) ToolAccess access,
            @PathVariable("decision") long decision,
            @ModelAttribute("outcomeForm") OutcomeForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.outcome(access, decision, form);
            redirect.addFlashAttribute("notice", "decision.outcome.saved");
            return "redirect:/decision/" + access.id() + "/" + decision;
        } catch (Refused refused) {
            return page(access, decision, model, "outcome", form, refused.shownAgain(response));
        }
    }

    /** A whole number as typed, or -1 (a revision number no decision has). */
    private static int number(String typed) {
        try {
            return Integer.parseInt(typed == null ? "" : typed.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private String list(ToolAccess access, Model model, DecisionForm form, BindingResult errors) {
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("decisions", service.of(access));
        model.addAttribute("now", DecisionService.now());
        model.addAttribute("mayDecide", access.may(DecisionTool.DECIDE));
        String inAWeek = DecisionService.now()
                .atZoneSameInstant(service.zone())
                .plusDays(7)
                .withHour(18)
                .withMinute(0)
                .toLocalDateTime()
                .format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
        model.addAttribute("form", form == null ? DecisionForm.empty(inAWeek.substring(0, 16)) : form);
        model.addAttribute("errors", errors);
        return "decision/list";
    }

    /** The decision's page; {@code failed} names the form a refusal came from, shown again as typed. */
    private String page(ToolAccess access, long id, Model model, String failed, Object typed, BindingResult errors) {
        var decision = service.find(access, id).orElseThrow(NotFound::new);
        var now = DecisionService.now();
        var positions = service.positions(decision);
        var changes = service.changes(decision);
        var people = new HashSet<Long>();
        positions.forEach(p -> people.add(p.personId()));
        changes.forEach(p -> people.add(p.personId()));
        var names = service.names(access, people);
        int members = decision.membersAtClose() != null
                ? decision.membersAtClose()
                : service.takers(access.initiative().id()).size();
        Long me = access.person() == null ? null : access.person().personId();
        var mine = positions.stream()
                .filter(p -> me != null && p.personId() == me)
                .findFirst()
                .orElse(null);
        var revisions = service.revisions(decision);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("decision", decision);
        model.addAttribute(
                "earlier",
                revisions.stream()
                        .filter(r -> r.revision() < decision.revision())
                        .toList());
        model.addAttribute(
                "current",
                revisions.stream()
                        .filter(r -> r.revision() == decision.revision())
                        .findFirst()
                        .orElse(null));
        model.addAttribute("positions", DecisionService.named(positions, names));
        model.addAttribute("changes", DecisionService.named(changes, names));
        model.addAttribute("named", access.role() != null);
        model.addAttribute(
                "tally", Tally.of(decision.kind(), decision.quorum(), positions, decision.revision(), members));
        model.addAttribute("ended", decision.ended(now));
        model.addAttribute("mine", mine);
        model.addAttribute("mayTake", access.may(DecisionTool.POSITION));
        model.addAttribute("mayDecide", access.may(DecisionTool.DECIDE));
        model.addAttribute(
                "positionForm",
                "position".equals(failed)
                        ? (PositionForm) typed
                        : mine == null ? PositionForm.empty() : new PositionForm(mine.position(), mine.reason()));
        model.addAttribute("reviseForm", "revise".equals(failed) ? (ReviseForm) typed : ReviseForm.of(decision));
        model.addAttribute(
                "outcomeForm", "outcome".equals(failed) ? (OutcomeForm) typed : OutcomeForm.empty(service.today()));
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("errors", errors);
        return "decision/decision";
    }
}
