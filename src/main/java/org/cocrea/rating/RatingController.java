package org.cocrea.rating;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The rating's page (the faces, and the results for those who may read them) and its forms. A tap with htmx answers
 * the faces again, swapped in place (with the reason asked after a negative face); without JavaScript a redirect to
 * the page. A refusal answers 422 with the form as typed; nothing is stored.
 */
@Controller
class RatingController {
    private static final String ID = "/rating/{id:\\d+}";
    private final RatingService service;

    RatingController(RatingService service) {
        this.service = service;
    }

    @GetMapping(ID)
    String page(
            @OpenTool(RatingTool.ID) ToolAccess access,
            @RequestParam(name = "around", required = false) String around,
            Model model,
            HttpServletResponse response) {
        return page(access, around, model, null, null);
    }

    @PostMapping(ID)
    String rate(
            @OpenTool(RatingTool.ID) ToolAccess access,
            @RequestParam(name = "score", required = false) String score,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var face = service.rate(access, score);
            if (htmx != null) {
                return faces(access, model, null, null);
            }
            redirect.addFlashAttribute("notice", face == Face.NEGATIVE ? "rating.given.negative" : "rating.given");
            return "redirect:/rating/" + access.id();
        } catch (Refused refused) {
            var errors = refused.shownAgain(response);
            return htmx != null ? faces(access, model, errors, null) : page(access, null, model, errors, null);
        }
    }

    @PostMapping(ID + "/reason")
    String reason(
            @OpenTool(RatingTool.ID) ToolAccess access,
            @RequestParam(name = "reason", required = false) String reason,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.reason(access, reason);
            if (htmx != null) {
                return faces(access, model, null, null);
            }
            redirect.addFlashAttribute("notice", "rating.reason.saved");
            return "redirect:/rating/" + access.id();
        } catch (Refused refused) {
            var errors = refused.shownAgain(response);
            return htmx != null ? faces(access, model, errors, reason) : page(access, null, model, errors, reason);
        }
    }

    @PostMapping(ID + "/publish")
    String publish(
            @OpenTool(RatingTool.ID) ToolAccess access,
            @RequestParam(name = "published", required = false) String published,
            RedirectAttributes redirect) {
        boolean on = "yes".equals(published);
        service.publish(access, on);
        redirect.addFlashAttribute("notice", on ? "rating.published" : "rating.unpublished");
        return "redirect:/rating/" + access.id();
    }

    @PostMapping(ID + "/compare")
    String compare(
            @OpenTool(RatingTool.ID) ToolAccess access,
            @RequestParam(name = "compareOn", required = false) String compareOn,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            var on = service.compareOn(access, compareOn);
            redirect.addFlashAttribute("notice", on == null ? "rating.compare.reset" : "rating.compare.saved");
            return "redirect:/rating/" + access.id();
        } catch (Refused refused) {
            var errors = refused.shownAgain(response);
            page(access, null, model, errors, null);
            model.addAttribute("typedCompareOn", compareOn);
            return "rating/rating";
        }
    }

    private RatingSection section(ToolAccess access) {
        var mine = service.mine(access).orElse(null);
        return new RatingSection(
                access.id(),
                access.person() != null,
                mine == null ? null : mine.face(),
                mine == null ? null : mine.reason());
    }

    private String faces(ToolAccess access, Model model, BindingResult errors, String typedReason) {
        model.addAttribute("faces", section(access));
        model.addAttribute("errors", errors);
        model.addAttribute("typedReason", typedReason);
        return "rating/faces";
    }

    private String page(ToolAccess access, String around, Model model, BindingResult errors, String typedReason) {
        var settings = service.settings(access);
        LocalDate date = service.comparison(settings);
        boolean badDate = false;
        if (around != null && !around.isBlank()) {
            try {
                date = LocalDate.parse(around.trim());
            } catch (DateTimeParseException e) {
                badDate = true;
            }
        }
        boolean published = settings.published();
        boolean mayRead = service.mayRead(access, published);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
        model.addAttribute("faces", section(access));
        model.addAttribute("mayManage", access.may(RatingTool.RESULTS));
        model.addAttribute("published", published);
        model.addAttribute("mayRead", mayRead);
        var results = mayRead ? service.results(access, date) : null;
        model.addAttribute("results", results);
        model.addAttribute("reasons", mayRead ? service.reasons(access, results) : java.util.List.of());
        model.addAttribute("around", badDate ? around : date.toString());
        model.addAttribute("badDate", badDate);
        model.addAttribute("errors", errors);
        model.addAttribute("typedReason", typedReason);
        model.addAttribute(
                "compareOn",
                settings.compareOn() == null ? "" : settings.compareOn().toString());
        model.addAttribute("typedCompareOn", null);
        return "rating/rating";
    }
}
