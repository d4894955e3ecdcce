package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cocrea.platform.FieldProblem;
import org.cocrea.platform.Ui;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
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
    private static final HttpSessionRequestCache SAVED_REQUESTS = new HttpSessionRequestCache();
    private final AccountService accounts;
    private final PersonRepository people;
    private final SignIn signIn;

    RegistrationController(AccountService accounts, PersonRepository people, SignIn signIn) {
        this.accounts = accounts;
        this.people = people;
        this.signIn = signIn;
    }

    @GetMapping("/register")
    String form(@ModelAttribute("ui") Ui ui, Model model) {
        model.addAttribute("form", RegistrationForm.empty(ui.lang()));
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
            try {
                Person person = accounts.register(form);
                signIn.signIn(CocreaUser.of(person, null, false, PersonRepository.Stamps.NEW), request, response);
                redirect.addFlashAttribute("notice", "register.done");
                // Someone sent to sign in by a page (an invitation link, say) who registers instead goes back
                // to it, as signing in would; Spring Security saved only that GET request, on this server.
                var saved = SAVED_REQUESTS.getRequest(request, response);
                if (saved != null) {
                    SAVED_REQUESTS.removeRequest(request, response);
                    return "redirect:" + saved.getRedirectUrl();
                }
                return "redirect:/profile";
            } catch (FieldProblem problem) {
                Forms.reject(errors, problem.field(), problem.key());
            }
        }
        response.setStatus(422);
        model.addAttribute("form", form.withoutPassword());
        model.addAttribute("errors", errors);
        return "accounts/register";
    }

    @GetMapping("/verify")
    String verify(@RequestParam(name = "token", required = false) String token, Model model) {
        model.addAttribute("verified", accounts.verify(token));
        return "accounts/verified";
    }

    @PostMapping("/verify/resend")
    String resend(@AuthenticationPrincipal CocreaUser user, RedirectAttributes redirect) {
        people.findById(user.id()).filter(p -> !p.verified()).ifPresent(accounts::sendVerification);
        redirect.addFlashAttribute("notice", "verify.resent");
        return "redirect:/profile";
    }
}
