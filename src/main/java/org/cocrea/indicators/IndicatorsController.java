package org.cocrea.indicators;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The indicators of one instance with their progress, and the page of each with its line chart, its readings and
 * the facilitators' forms. Each request opens the instance once ({@link OpenTool}); a refusal shows the page again
 * with the form as typed (422), nothing stored.
 */
@Controller
class IndicatorsController {
    private static final String ID = "/indicators/{id:\\d+}";
    private static final String ONE = ID + "/{indicator:\\d+}";
    private final IndicatorsService service;

    IndicatorsController(IndicatorsService service) {
        this.service = service;
    }

    @GetMapping(ID)
    String list(@OpenTool(IndicatorsTool.ID) ToolAccess access, Model model, Locale locale) {
        return list(access, model, locale, IndicatorForm.empty(), null);
    }

    @PostMapping(ID)
    String create(
            @OpenTool(IndicatorsTool.ID) ToolAccess access,
            @ModelAttribute("form") IndicatorForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long id = service.create(access, form, locale);
            redirect.addFlashAttribute("notice", "indicators.created");
            return "redirect:/indicators/" + access.id() + "/" + id;
        } catch (Refused refused) {
            return list(access, model, locale, form, refused.shownAgain(response));
        }
    }

    @GetMapping(ONE)
    String show(
            @OpenTool(IndicatorsTool.ID) ToolAccess access,
            @PathVariable("indicator") long indicator,
            Model model,
            Locale locale) {
        return page(access, indicator, model, locale, null, null, null);
    }

    @PostMapping(ONE + "/readings")
    String record(
            @OpenTool(IndicatorsTool.ID) ToolAccess access,
            @PathVariable("indicator") long indicator,
            @ModelAttribute("readingForm") ReadingForm form,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.record(access, indicator, form);
            redirect.addFlashAttribute("notice", "indicators.reading.saved");
            return "redirect:/indicators/" + access.id() + "/" + indicator;
        } catch (Refused refused) {
            return page(access, indicator, model, locale, "reading", form, refused.shownAgain(response));
        }
    }

    @PostMapping(ONE + "/take")
    String take(
            @OpenTool(IndicatorsTool.ID) ToolAccess access,
            @PathVariable("indicator") long indicator,
            Model model,
            Locale locale,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.take(access, indicator, locale);
            redirect.addFlashAttribute("notice", "indicators.reading.taken");
            return "redirect:/indicators/" + access.id() + "/" + indicator;
        } catch (Refused refused) {
            return page(access, indicator, model, locale, "take", null, refused.shownAgain(response));
        }
    }

    private String list(ToolAccess access, Model model, Locale locale, IndicatorForm form, BindingResult errors) {
        var indicators = service.of(access);
        var readings = service.readingsOfInstance(access);
        List<IndicatorView> views = indicators.stream()
                .map(i -> new IndicatorView(
                        i,
                        readings.stream().filter(r -> r.indicatorId() == i.id()).toList()))
                .toList();
        boolean manage = access.may(IndicatorsTool.MANAGE);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("indicators", views);
        model.addAttribute("mayManage", manage);
        model.addAttribute(
                "objectives", access.initiative().objectives().stream().sorted().toList());
        model.addAttribute("measures", manage ? service.measures(access, locale) : List.of());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "indicators/list";
    }

    private String page(
            ToolAccess access,
            long id,
            Model model,
            Locale locale,
            String failed,
            ReadingForm typed,
            BindingResult errors) {
        var indicator = service.find(access, id);
        var view = new IndicatorView(indicator, service.readings(indicator));
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("view", view);
        boolean manage = access.may(IndicatorsTool.MANAGE);
        model.addAttribute("mayManage", manage);
        // The measure's label in the facilitator's words; readers see only that a reading was taken from a tool.
        model.addAttribute(
                "measure",
                manage && indicator.measureKey() != null
                        ? service.measures(access, locale).stream()
                                .filter(m -> m.key().equals(indicator.measureKey()))
                                .findFirst()
                                .orElse(null)
                        : null);
        model.addAttribute(
                "readingForm",
                typed != null ? typed : ReadingForm.empty(service.today().toString()));
        model.addAttribute("failed", failed == null ? "" : failed);
        model.addAttribute("errors", errors);
        return "indicators/indicator";
    }
}
