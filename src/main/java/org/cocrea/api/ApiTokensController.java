package org.cocrea.api;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's API tokens: list, make (shown once), revoke. */
@Controller
class ApiTokensController {
    private final ApiTokens tokens;

    ApiTokensController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @GetMapping("/api/tokens")
    String list(@AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(me, TokenForm.empty(), null, model);
    }

    @PostMapping("/api/tokens")
    String create(
            @ModelAttribute("form") TokenForm form,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response) {
        try {
            var created = tokens.create(me, form);
            // Shown on this answer only: not in a redirect's flash, not cached, never again.
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("token", created.token());
            model.addAttribute("name", form.name().strip());
            return "api/token-created";
        } catch (Refused refused) {
            return page(me, form, refused.shownAgain(response), model);
        }
    }

    @PostMapping("/api/tokens/{id:\\d+}/revoke")
    String revoke(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, RedirectAttributes redirect) {
        redirect.addFlashAttribute("notice", tokens.revoke(me, id) ? "api.token.revoked" : "api.token.notRevoked");
        return "redirect:/api/tokens";
    }

    private String page(SignedInPerson me, TokenForm form, BindingResult errors, Model model) {
        model.addAttribute("tokens", tokens.of(me));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute(
                "scopes",
                java.util.Arrays.stream(ApiScope.values()).map(ApiScope::code).toList());
        model.addAttribute("maxDays", ApiTokens.MAX_DAYS);
        return "api/tokens";
    }
}
