package org.cocrea.ballots.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.ballots.BallotTool;
import org.cocrea.ballots.ManagePage;
import org.cocrea.ballots.SettingsForm;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one manage-page skeleton of the ballot tools, for the budget and the vote: the page, the settings, opening
 * and closing, the same way for both ({@link ManagePage}); each tool adds only its own part (projects, options)
 * and draws its page ({@link BallotTool#managePage}). The instance is opened once per request, as
 * {@code @OpenTool} would for a single tool: not found when it is not a number, not this tool's, or invisible.
 */
@Controller("ballotsManageController")
class ManageController {
    private final Initiatives initiatives;
    private final List<BallotTool> tools;

    ManageController(Initiatives initiatives, List<BallotTool> tools) {
        this.initiatives = initiatives;
        this.tools = tools;
    }

    /** A tool instance opened for this request, with its tool. */
    private record Opened(BallotTool tool, ToolAccess access) {
        String page(Model model) {
            return tool.managePage(access, model, null, null);
        }

        String settings(
                HttpServletRequest request, Model model, HttpServletResponse response, RedirectAttributes redirect) {
            // A field left out of the request is empty rather than null: the form can then always be shown again
            // with each missing field named (a null made the choices throw and the save answer 500).
            var form = SettingsForm.typed(tool.settings(), request::getParameter);
            return ManagePage.change(
                    access,
                    response,
                    redirect,
                    tool.id() + ".settings.saved",
                    () -> tool.facilitating().saveSettings(access, form),
                    errors -> tool.managePage(access, model, form, errors));
        }

        String step(boolean opens, Model model, HttpServletResponse response, RedirectAttributes redirect) {
            return ManagePage.change(
                    access,
                    response,
                    redirect,
                    tool.id() + (opens ? ".opened" : ".closed"),
                    opens ? "manage" : "results",
                    opens
                            ? () -> tool.facilitating().open(access)
                            : () -> tool.facilitating().close(access),
                    errors -> tool.managePage(access, model, null, errors));
        }
    }

    @GetMapping({"/budget/{id:\\d+}/manage", "/vote/{id:\\d+}/manage"})
    String manage(
            @PathVariable String id,
            @AuthenticationPrincipal SignedInPerson me,
            HttpServletRequest request,
            Model model) {
        return open(id, me, request).page(model);
    }

    @PostMapping({"/budget/{id:\\d+}/settings", "/vote/{id:\\d+}/settings"})
    String settings(
            @PathVariable String id,
            @AuthenticationPrincipal SignedInPerson me,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return open(id, me, request).settings(request, model, response, redirect);
    }

    @PostMapping({"/budget/{id:\\d+}/open", "/budget/{id:\\d+}/close", "/vote/{id:\\d+}/open", "/vote/{id:\\d+}/close"})
    String step(
            @PathVariable String id,
            @AuthenticationPrincipal SignedInPerson me,
            HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return open(id, me, request).step(ManagePage.opens(request), model, response, redirect);
    }

    /** The instance of the tool named by the route's first segment, once per request. */
    private Opened open(String id, SignedInPerson me, HttpServletRequest request) {
        String pattern = String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
        String toolId = pattern.substring(1, pattern.indexOf('/', 1));
        long instance;
        try {
            instance = Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new NotFound();
        }
        var tool = tools.stream().filter(t -> t.id().equals(toolId)).findFirst().orElseThrow(NotFound::new);
        var access = initiatives
                .toolAccess(me, instance)
                .filter(a -> a.instance().toolId().equals(toolId))
                .orElseThrow(NotFound::new);
        return new Opened(tool, access);
    }
}
