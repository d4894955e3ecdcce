package org.cocrea.initiatives.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.ToolInstanceRepository;
import org.cocrea.initiatives.timeline.PhaseMove;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The facilitator's moves along the journey that need a confirmation first: moving on to the next phase, and
 * removing a phase. Each has a page that says what will happen; its form sends {@code confirm=yes}, and a POST
 * without it changes nothing and shows that page. Both work without JavaScript.
 */
@Controller
class JourneyController {
    static final String CONFIRMED = "yes";
    private final InitiativeService service;
    private final Initiatives api;
    private final ToolInstanceRepository instances;

    JourneyController(InitiativeService service, Initiatives api, ToolInstanceRepository instances) {
        this.service = service;
        this.api = api;
        this.instances = instances;
    }

    @GetMapping("/initiatives/{id:\\d+}/next-phase")
    String nextPhase(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return nextPhasePage(id, me, model, null);
    }

    @PostMapping("/initiatives/{id:\\d+}/next-phase")
    String moveToNextPhase(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "") String confirm,
            @RequestParam(defaultValue = "") String from,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        service.manageable(me, id);
        if (!CONFIRMED.equals(confirm)) {
            return "redirect:/initiatives/" + id + "/next-phase";
        }
        try {
            service.moveToNextPhase(me, id, from);
        } catch (Refused r) {
            response.setStatus(422);
            return nextPhasePage(id, me, model, r.key());
        }
        redirect.addFlashAttribute("notice", "journey.next.done");
        return "redirect:/initiatives/" + id + "#journey";
    }

    private String nextPhasePage(long id, SignedInPerson me, Model model, String problem) {
        Initiative i = service.manageable(me, id);
        PhaseMove move = null;
        try {
            move = InitiativeService.nextPhase(i);
        } catch (Refused r) {
            problem = problem == null ? r.key() : problem;
        }
        model.addAttribute("page", new NextPhasePage(i, move, problem));
        return "initiatives/next-phase";
    }

    @GetMapping("/initiatives/{id:\\d+}/phases/remove")
    String confirmRemoval(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "1") String cycle,
            @RequestParam(defaultValue = "") String phase,
            Model model) {
        Initiative i = service.manageable(me, id);
        model.addAttribute("page", removalPage(i, cycle, phase, null));
        return "initiatives/remove-phase";
    }

    @PostMapping("/initiatives/{id:\\d+}/phases/remove")
    String removePhase(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "1") String cycle,
            @RequestParam(defaultValue = "") String phase,
            @RequestParam(defaultValue = "") String confirm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Initiative i = service.manageable(me, id);
        Integer c = cycle(cycle);
        var p = Phase.fromCode(phase).orElse(null);
        if (p == null || c == null) {
            redirect.addFlashAttribute("notice", "timeline.removed");
            return "redirect:/initiatives/" + id;
        }
        if (!CONFIRMED.equals(confirm)) {
            redirect.addAttribute("cycle", c);
            redirect.addAttribute("phase", p.code());
            return "redirect:/initiatives/" + id + "/phases/remove";
        }
        try {
            service.removePhase(me, id, c, p);
        } catch (Refused r) {
            response.setStatus(422);
            model.addAttribute("page", removalPage(i, cycle, phase, r.key()));
            return "initiatives/remove-phase";
        }
        redirect.addFlashAttribute("notice", "timeline.removed");
        return "redirect:/initiatives/" + id + "#journey";
    }

    private RemovePhasePage removalPage(Initiative i, String cycle, String phase, String problem) {
        Integer c = cycle(cycle);
        var p = Phase.fromCode(phase).orElseThrow(NotFound::new);
        TimelinePhase step = i.timeline().stream()
                .filter(x -> c != null && x.cycle() == c && x.phase() == p)
                .findFirst()
                .orElseThrow(NotFound::new);
        boolean only = i.timeline().stream().filter(x -> x.phase() == p).count() == 1;
        List<String> hidden = only
                ? instances.of(i.id()).stream()
                        .filter(t -> t.phase() == p)
                        .flatMap(t -> api.tool(t.toolId()).stream())
                        .map(t -> t.nameKey())
                        .toList()
                : List.of();
        var today = InitiativeService.today();
        boolean active = i.activePhase(today).filter(x -> x == p).isPresent()
                && i.activeCycle(today).filter(x -> x.equals(c)).isPresent();
        return new RemovePhasePage(i, step, active, hidden, problem);
    }

    private static Integer cycle(String value) {
        try {
            return Integer.valueOf(value.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
