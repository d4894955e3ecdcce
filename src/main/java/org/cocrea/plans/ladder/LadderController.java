package org.cocrea.plans.ladder;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.cocrea.plans.care.CareAccess;
import org.cocrea.plans.care.OpenPlanTool;
import org.cocrea.platform.Refused;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The outcome ladder pages; a refused reading re-renders the page with 422, keeping the scores chosen. */
@Controller
class LadderController {
    private final LadderService ladder;
    /** Today is the organisation's day (Europe/Rome unless configured), not the server's UTC one. */
    private final java.time.ZoneId zone;

    private final MessageSource messages;

    LadderController(LadderService ladder, MessageSource messages, org.cocrea.platform.CocreaSettings settings) {
        this.ladder = ladder;
        this.zone = settings.timeZone();
        this.messages = messages;
    }

    @GetMapping("/plans/ladder/{id:\\d+}")
    String show(
            @PathVariable long id,
            @RequestParam(required = false) List<String> compare,
            @RequestParam(required = false) String area,
            @OpenPlanTool(LadderTool.ID) CareAccess.Opened a,
            Model model) {
        return page(a, compare, area, model, null, Map.of());
    }

    @PostMapping("/plans/ladder/{id:\\d+}/areas")
    String areas(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "false") boolean defaults,
            @OpenPlanTool(LadderTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            ladder.addAreas(a, defaults ? defaultAreas() : List.of(name));
            redirect.addFlashAttribute("notice", "care.ladder.area.added");
            return "redirect:/plans/ladder/" + id + "#areas";
        } catch (Refused problem) {
            return page(a, null, null, model, problem.shownAgain(response), Map.of("name", name));
        }
    }

    @PostMapping("/plans/ladder/{id:\\d+}/readings")
    String score(
            @PathVariable long id,
            @RequestParam(defaultValue = "") String readOn,
            @RequestParam Map<String, String> form,
            @OpenPlanTool(LadderTool.ID) CareAccess.Opened a,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        try {
            ladder.score(a, readOn, form);
            redirect.addFlashAttribute("notice", "care.ladder.saved");
            return "redirect:/plans/ladder/" + id;
        } catch (Refused problem) {
            return page(a, null, null, model, problem.shownAgain(response), form);
        }
    }

    private List<String> defaultAreas() {
        var locale = LocaleContextHolder.getLocale();
        return IntStream.rangeClosed(1, LadderService.DEFAULT_AREAS)
                .mapToObj(i -> messages.getMessage("care.ladder.default." + i, null, locale))
                .toList();
    }

    private String page(
            CareAccess.Opened a,
            List<String> compare,
            String area,
            Model model,
            BindingResult errors,
            Map<String, String> typed) {
        model.addAttribute("page", ladder.page(a, compare, area));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("today", LocalDate.now(zone).toString());
        return "plans/ladder";
    }
}
