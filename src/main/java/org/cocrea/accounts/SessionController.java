package org.cocrea.accounts;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; Spring Security handles the POST. */
@Controller
class SessionController {
    private final OidcProviders providers;

    SessionController(OidcProviders providers) {
        this.providers = providers;
    }

    @GetMapping("/login")
    String login(
            @RequestParam(name = "error", required = false) String error,
            jakarta.servlet.http.HttpSession session,
            Model model) {
        model.addAttribute("providers", providers.choices());
        // ADR 0029: an identity at a provider waits to be linked; signing in here with a password links it.
        if (session.getAttribute(OidcAccounts.PENDING) instanceof OidcAccounts.Pending pending) {
            model.addAttribute(
                    "linking",
                    providers
                            .choice(pending.session().provider())
                            .map(OidcProvider::label)
                            .orElse(pending.session().provider()));
        }
        String problem = null;
        if (error != null) {
            problem = "wait".equals(error) ? "login.wait" : "login.failed";
        }
        model.addAttribute("problem", problem);
        // After a failed attempt the email comes back as a flash attribute, so the form is kept.
        if (!(model.getAttribute("email") instanceof String)) {
            model.addAttribute("email", "");
        }
        return "accounts/login";
    }
}
