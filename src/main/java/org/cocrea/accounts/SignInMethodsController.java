package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person's ways to sign in (issue 19): whether they have a password, how many passkeys (managed on their own page),
 * and their identities at OpenID Connect providers, each of which they may disconnect unless it is their last way in.
 * Only the signed-in person's own identities are listed or disconnected: a provider they have no identity at is 404.
 */
@Controller
class SignInMethodsController {
    /** The longest provider id a form may name (the column's width): anything longer is no identity of theirs. */
    private static final int PROVIDER_LENGTH = 64;

    private final OidcIdentityRepository identities;
    private final OidcAccounts accounts;
    private final OidcProviders providers;
    private final PasskeyRepository passkeys;
    private final PersonRepository people;

    SignInMethodsController(
            OidcIdentityRepository identities,
            OidcAccounts accounts,
            OidcProviders providers,
            PasskeyRepository passkeys,
            PersonRepository people) {
        this.identities = identities;
        this.accounts = accounts;
        this.providers = providers;
        this.passkeys = passkeys;
        this.people = people;
    }

    @GetMapping("/profile/sign-in-methods")
    String page(@AuthenticationPrincipal CocreaUser user, Model model) {
        return page(user, null, model);
    }

    @PostMapping("/profile/sign-in-methods/disconnect")
    String disconnect(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "provider", required = false) String provider,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        if (provider == null || provider.isEmpty() || provider.length() > PROVIDER_LENGTH) {
            throw new NotFound();
        }
        try {
            accounts.disconnect(user.id(), provider);
        } catch (Refused refused) {
            return page(user, refused.shownAgain(response), model);
        }
        redirect.addFlashAttribute("notice", "signInMethods.disconnected");
        return "redirect:/profile/sign-in-methods";
    }

    private String page(CocreaUser user, BindingResult errors, Model model) {
        model.addAttribute(
                "password",
                people.passwordHash(user.id()).filter(h -> !h.isEmpty()).isPresent());
        model.addAttribute("passkeys", passkeys.of(user.id()).size());
        model.addAttribute(
                "identities",
                identities.of(user.id()).stream()
                        .map(i -> new LinkedIdentity(
                                i.provider(),
                                providers
                                        .choice(i.provider())
                                        .map(OidcProvider::label)
                                        .orElse(i.provider()),
                                i.linkedAt()))
                        .toList());
        model.addAttribute("errors", errors);
        return "accounts/sign-in-methods";
    }
}
