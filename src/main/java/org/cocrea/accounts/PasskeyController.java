package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's passkeys (ADR 0031): the list (name, added, last used), adding one (the page's script and Spring
 * Security's WebAuthn endpoints, see {@link PasskeyGuard}) and removing one. Only the owner sees or removes them: the
 * page lists the signed-in person's own, and a removal names a passkey that must be theirs.
 */
@Controller
class PasskeyController {
    private static final Logger log = LoggerFactory.getLogger(PasskeyController.class);

    private final PasskeyRepository passkeys;
    private final OidcIdentityRepository identities;
    private final SecondFactors factors;
    private final TransactionTemplate tx;

    PasskeyController(
            PasskeyRepository passkeys,
            OidcIdentityRepository identities,
            SecondFactors factors,
            PlatformTransactionManager transactions) {
        this.passkeys = passkeys;
        this.identities = identities;
        this.factors = factors;
        this.tx = new TransactionTemplate(transactions);
    }

    /** Whether this session may change the person's second factor: it passed it, or the person has none yet. */
    private boolean mayChange(CocreaUser user) {
        return SecondFactors.passed(SecurityContextHolder.getContext().getAuthentication()) || !factors.has(user.id());
    }

    @GetMapping("/profile/passkeys")
    String list(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "added", required = false) String added,
            jakarta.servlet.http.HttpSession session,
            Model model) {
        return page(user, added != null, session, null, model);
    }

    private String page(
            CocreaUser user,
            boolean added,
            jakarta.servlet.http.HttpSession session,
            BindingResult errors,
            Model model) {
        model.addAttribute("passkeys", passkeys.of(user.id()));
        model.addAttribute("errors", errors);
        model.addAttribute("mayChange", mayChange(user));
        model.addAttribute("required", factors.mustHave(user));
        model.addAttribute("added", added);
        // Sent here to set up a second factor on the way to a plan: once a passkey is added, on to that page.
        String next = null;
        if (added && session.getAttribute(SecondFactorController.RETURN) instanceof String back) {
            // Offered once: a later step-up must not return to this page.
            session.removeAttribute(SecondFactorController.RETURN);
            next = org.cocrea.platform.LocalPaths.orHome(back);
        }
        model.addAttribute("next", next);
        model.addAttribute("labelLength", PasskeyRepository.LABEL_LENGTH);
        return "accounts/passkeys";
    }

    @PostMapping("/profile/passkeys/remove")
    String remove(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "credential", required = false) String credential,
            jakarta.servlet.http.HttpSession session,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (!mayChange(user)) {
            return "redirect:/second-factor";
        }
        if (credential == null || credential.length() > 1400) {
            throw new NotFound();
        }
        try {
            tx.executeWithoutResult(status -> {
                identities.lockAccount(user.id());
                if (!passkeys.owns(user.id(), credential)) {
                    // Someone else's passkey, or one already removed: the same answer as for one that never existed.
                    throw new NotFound();
                }
                if (!passkeys.removeUnlessLast(user.id(), credential)) {
                    throw new Refused(null, "passkeys.lastWay");
                }
            });
        } catch (Refused refused) {
            log.info("Passkey of person {} not removed: their last way to sign in", user.id());
            return page(user, false, session, refused.shownAgain(response), model);
        }
        log.info("Person {} removed a passkey", user.id());
        redirect.addFlashAttribute("notice", "passkeys.removed");
        return "redirect:/profile/passkeys";
    }
}
