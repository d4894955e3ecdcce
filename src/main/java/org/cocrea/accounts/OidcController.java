package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.cocrea.platform.Language;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.Throttle;
import org.cocrea.platform.Ui;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sign-in through OpenID Connect providers (ADR 0029): the button's route, the first sign-in's page (create an account
 * or sign in with the password of one to link it) and the page of a failed sign-in.
 */
@Controller
class OidcController {
    private static final Logger log = LoggerFactory.getLogger(OidcController.class);

    private final OidcProviders providers;
    private final OidcAccounts accounts;
    private final SignIn signIn;
    private final Throttle throttle;
    private final AccountLimits limits;

    OidcController(
            OidcProviders providers, OidcAccounts accounts, SignIn signIn, Throttle throttle, AccountLimits limits) {
        this.providers = providers;
        this.accounts = accounts;
        this.signIn = signIn;
        this.throttle = throttle;
        this.limits = limits;
    }

    /** The provider's button: on to Spring Security's authorization request, once the provider's issuer is known. */
    @GetMapping("/login/oidc/{provider}")
    String start(@PathVariable String provider, HttpServletResponse response, Model model) {
        if (providers.choice(provider).isEmpty()) {
            throw new NotFound();
        }
        if (providers.findByRegistrationId(provider) == null) {
            response.setStatus(503);
            model.addAttribute("reason", "unavailable");
            return "accounts/oidc-error";
        }
        return "redirect:/oauth2/authorization/" + provider;
    }

    @GetMapping("/login/oidc/error")
    String error(
            @RequestParam(name = "reason", required = false) String reason, HttpServletResponse response, Model model) {
        response.setStatus(400);
        model.addAttribute("reason", reason != null && OidcSignIn.REASONS.contains(reason) ? reason : "failed");
        return "accounts/oidc-error";
    }

    @GetMapping("/login/oidc/new")
    String first(HttpSession session, Model model) {
        if (!(session.getAttribute(OidcAccounts.PENDING) instanceof OidcAccounts.Pending pending)) {
            return "redirect:/login";
        }
        var form = new OidcForm(
                pending.name() == null ? "" : pending.name(), pending.email() == null ? "" : pending.email(), false);
        return page(pending, form, null, model);
    }

    @PostMapping("/login/oidc/new")
    String create(
            @Valid @ModelAttribute("form") OidcForm form,
            BindingResult errors,
            @ModelAttribute("ui") Ui ui,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws Exception {
        if (!(request.getSession().getAttribute(OidcAccounts.PENDING) instanceof OidcAccounts.Pending pending)) {
            return "redirect:/login";
        }
        if (pending.existingAccount() != null) {
            // The provider's verified address has an account: it is linked by its password, never by the claim.
            Forms.reject(errors, "email", "oidc.new.emailTaken");
        }
        if (!form.termsAccepted()) {
            Forms.reject(errors, "acceptTerms", "register.terms.required");
        }
        if (!errors.hasErrors() && !throttle.tryAcquire(limits.registrationsPerNetwork(), request.getRemoteAddr())) {
            log.info("Account at a first sign-in refused: the daily limit of registrations from one network address");
            Forms.reject(errors, "email", "register.tooMany");
            response.setStatus(429);
            return page(pending, form, errors, model);
        }
        if (!errors.hasErrors()) {
            try {
                var language = Language.fromCode(ui.lang()).orElse(Language.values()[0]);
                long id = accounts.create(pending, form.name(), form.email(), language);
                request.getSession().removeAttribute(OidcAccounts.PENDING);
                request.getSession().setAttribute(OidcAccounts.SIGNED_IN, pending.session());
                return "redirect:" + signIn.signInThroughProvider(accounts.user(id), request, response);
            } catch (Refused problem) {
                problem.addTo(errors);
            }
        }
        response.setStatus(422);
        return page(pending, form, errors, model);
    }

    @PostMapping("/login/oidc/cancel")
    String cancel(HttpSession session) {
        session.removeAttribute(OidcAccounts.PENDING);
        return "redirect:/login";
    }

    private String page(OidcAccounts.Pending pending, OidcForm form, BindingResult errors, Model model) {
        model.addAttribute("provider", providerLabel(pending.session().provider()));
        model.addAttribute("existing", pending.existingAccount() != null);
        model.addAttribute("verifiedEmail", pending.emailVerified() ? pending.email() : null);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "accounts/oidc-new";
    }

    private String providerLabel(String id) {
        return providers.choice(id).map(OidcProvider::label).orElse(id);
    }
}
