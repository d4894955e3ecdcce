package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cocrea.platform.Refused;
import org.cocrea.platform.Throttle;
import org.cocrea.platform.Ui;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class RegistrationController {
    private static final Logger log = LoggerFactory.getLogger(RegistrationController.class);
    private final AccountService accounts;
    private final Throttle throttle;
    private final AccountLimits limits;

    private final OidcProviders providers;

    RegistrationController(AccountService accounts, Throttle throttle, AccountLimits limits, OidcProviders providers) {
        this.accounts = accounts;
        this.providers = providers;
        this.throttle = throttle;
        this.limits = limits;
    }

    @GetMapping("/register")
    String form(@ModelAttribute("ui") Ui ui, Model model) {
        model.addAttribute("form", RegistrationForm.empty(ui.lang()));
        model.addAttribute("providers", providers.choices());
        return "accounts/register";
    }

    @PostMapping("/register")
    String register(
            @Valid @ModelAttribute("form") RegistrationForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Forms.checkPassword(form.password(), errors, "password");
        if (!form.termsAccepted()) {
            Forms.reject(errors, "acceptTerms", "register.terms.required");
        }
        if (org.cocrea.platform.Language.fromCode(form.language()).isEmpty()) {
            Forms.reject(errors, "language", "register.language.unknown");
        }
        if (!errors.hasErrors()) {
            if (!throttle.tryAcquire(limits.registrationsPerNetwork(), request.getRemoteAddr())) {
                log.info("Registration refused: the daily limit of registrations from one network address is reached");
                Forms.reject(errors, "email", "register.tooMany");
                response.setStatus(429);
                model.addAttribute("form", form.withoutPassword());
                model.addAttribute("errors", errors);
                model.addAttribute("providers", providers.choices());
                return "accounts/register";
            }
            try {
                accounts.register(form);
            } catch (DuplicateKeyException raced) {
                // Another registration of the same new address won; answer as usual, like for any taken address.
            } catch (Refused problem) {
                problem.addTo(errors);
            }
        }
        if (!errors.hasErrors()) {
            // The same answer whether the address was new or had an account (finding 9): nobody is signed in, the
            // page says to check the mail. A page saved by Spring Security before (an invitation link, say) is
            // still in the session, so signing in brings the person back to it.
            redirect.addFlashAttribute("notice", "register.sent");
            redirect.addFlashAttribute("email", AccountService.normaliseEmail(form.email()));
            return "redirect:/login";
        }
        response.setStatus(422);
        model.addAttribute("form", form.withoutPassword());
        model.addAttribute("errors", errors);
        model.addAttribute("providers", providers.choices());
        return "accounts/register";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(name = "token", required = false) String token, Model model) {
        model.addAttribute("verified", accounts.verify(token));
        return "accounts/verified";
    }

    @PostMapping("/verify/resend")
    String resend(@AuthenticationPrincipal CocreaUser user, RedirectAttributes redirect) {
        // Also offered where a vote, support, ballot, join or answer was refused for an unconfirmed address.
        redirect.addFlashAttribute(
                "notice", accounts.resendVerification(user.id()) ? "verify.resent" : "verify.resend.wait");
        return "redirect:/profile";
    }
}
