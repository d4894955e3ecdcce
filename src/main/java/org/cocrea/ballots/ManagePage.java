package org.cocrea.ballots;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Function;
import org.cocrea.initiatives.ToolAccess;
import org.cocrea.platform.Refused;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The skeleton of a ballot tool's facilitators' page ({@code /<tool>/{id}/manage}): only those who manage the
 * tool see it; each change (settings, projects or options, opening, closing) goes back to it with a notice, or
 * shows it again with the refusal (422) and what was typed.
 */
public final class ManagePage {
    private ManagePage() {}

    /** Checks the person manages the tool and puts the initiative and the instance in the model. */
    public static void open(ToolAccess access, Model model) {
        Voters.requireManager(access);
        model.addAttribute("initiative", access.initiative());
        model.addAttribute("instance", access.instance());
    }

    /**
     * Whether a request to the one lifecycle handler ({@code /<tool>/{id}/open} and {@code .../close}) opens: by
     * the route Spring matched, not by the raw address, which may carry path parameters.
     */
    public static boolean opens(HttpServletRequest request) {
        var pattern = request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
        return String.valueOf(pattern).endsWith("/open");
    }

    /** A facilitator's change, then the manage page with {@code notice}; {@code again} draws the page refused. */
    public static String change(
            ToolAccess access,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            Runnable change,
            Function<BindingResult, String> again) {
        return change(access, response, redirect, notice, "manage", change, again);
    }

    /** {@link #change} that goes on to {@code /<tool>/{id}/<then>} (closing goes to the results). */
    public static String change(
            ToolAccess access,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            String then,
            Runnable change,
            Function<BindingResult, String> again) {
        Voters.requireManager(access);
        try {
            change.run();
        } catch (Refused refused) {
            return again.apply(refused.shownAgain(response));
        }
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/" + access.instance().toolId() + "/" + access.id() + "/" + then;
    }
}
