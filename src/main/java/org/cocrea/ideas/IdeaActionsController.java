package org.cocrea.ideas;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.BiConsumer;
import org.cocrea.initiatives.OpenTool;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What people do on a proposal's page. Each action redirects back to the page with a notice, or shows the page
 * again (422) with the reason next to the form that was refused.
 */
@Controller
class IdeaActionsController {
    private final Places places;
    private final Pages pages;
    private final IdeaService service;

    IdeaActionsController(Places places, Pages pages, IdeaService service) {
        this.places = places;
        this.pages = pages;
        this.service = service;
    }

    @PostMapping("/ideas/{tool:\\d+}/{idea:\\d+}/support")
    String support(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @PathVariable long idea,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(tool, idea, model, response, redirect, "ideas.support.added", service::support);
    }

    @PostMapping("/ideas/{tool:\\d+}/{idea:\\d+}/withdraw")
    String withdraw(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @PathVariable long idea,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(tool, idea, model, response, redirect, "ideas.support.withdrawn", service::withdraw);
    }

    @PostMapping("/ideas/{tool:\\d+}/{idea:\\d+}/answer")
    String answer(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @PathVariable long idea,
            @RequestParam(required = false) String status,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(tool, idea, model, response, redirect, "ideas.answer.saved", (place, i) -> {
            model.addAttribute("answerStatus", status);
            model.addAttribute("answerReason", reason);
            service.answer(place, i, status, reason);
        });
    }

    @PostMapping("/ideas/{tool:\\d+}/{idea:\\d+}/report")
    String report(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @PathVariable long idea,
            @RequestParam(required = false) String reason,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(tool, idea, model, response, redirect, "ideas.report.saved", (place, i) -> {
            model.addAttribute("reportReason", reason);
            service.report(place, i, reason);
        });
    }

    @PostMapping("/ideas/{tool:\\d+}/{idea:\\d+}/moderate")
    String moderate(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @PathVariable long idea,
            @RequestParam(required = false) String action,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                tool,
                idea,
                model,
                response,
                redirect,
                "ideas.moderation.saved",
                (place, i) -> service.moderate(place, i, action));
    }

    @PostMapping("/ideas/{tool:\\d+}/{idea:\\d+}/follow")
    String follow(
            @OpenTool(value = IdeasTool.ID, path = "tool") ToolAccess tool,
            @PathVariable long idea,
            @RequestParam(defaultValue = "true") String follow,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        boolean on = !"false".equals(follow);
        return act(
                tool,
                idea,
                model,
                response,
                redirect,
                on ? "ideas.followed" : "ideas.unfollowed",
                (place, i) -> service.follow(place, i, on));
    }

    private String act(
            ToolAccess tool,
            long ideaId,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            BiConsumer<Place, Idea> action) {
        var place = new Place(tool);
        var idea = places.idea(place, ideaId);
        try {
            action.accept(place, idea);
        } catch (Refused r) {
            var errors = r.shownAgain(response);
            model.addAttribute("page", pages.idea(place, idea));
            model.addAttribute("errors", errors);
            return "ideas/idea";
        }
        redirect.addFlashAttribute("notice", notice);
        // A proposal hidden by the action is no longer readable by most, so they go back to the list.
        boolean stillReadable = places.ideaIfReadable(place, ideaId);
        return "redirect:/ideas/" + tool.id() + (stillReadable ? "/" + ideaId : "");
    }
}
