package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cocrea.platform.ChosenLanguage;
import org.cocrea.platform.Language;
import org.cocrea.platform.Refused;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** A person's own profile: name, language, password, and deleting the account. */
@Controller
class ProfileController {
    private final AccountService accounts;
    private final PersonRepository people;
    private final Accounts directory;
    private final SignIn signIn;
    private final Residents residents;
    private final SecondFactors secondFactors;

    ProfileController(
            AccountService accounts,
            PersonRepository people,
            Accounts directory,
            SignIn signIn,
            Residents residents,
            SecondFactors secondFactors) {
        this.secondFactors = secondFactors;
        this.accounts = accounts;
        this.people = people;
        this.directory = directory;
        this.signIn = signIn;
        this.residents = residents;
    }

    /**
     * The profile. A tool that needs verified residents links here with {@code back} (its page, where a verified
     * claim returns) and the {@code organisation} whose residents it counts, chosen in the claim form.
     */
    @GetMapping("/profile")
    String profile(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "back", required = false) String back,
            @RequestParam(name = "organisation", required = false) String organisation,
            Model model) {
        Person person = people.findById(user.id()).orElseThrow();
        model.addAttribute(
                "form", new ProfileForm(person.name(), person.language().code()));
        if (residenceOrganisation(organisation) != null) {
            model.addAttribute("residenceForm", new ResidenceForm(organisation.trim(), ""));
        }
        model.addAttribute("residenceBack", localBack(back));
        return page(person, model);
    }

    /** A page of this site to return to after a verified residence claim, or "" for none. */
    private static String localBack(String back) {
        String safe = org.cocrea.platform.LocalPaths.orHome(back);
        return back == null || !safe.equals(back) || safe.equals("/") ? "" : safe;
    }

    @PostMapping("/profile")
    String update(
            @AuthenticationPrincipal CocreaUser user,
            @Valid @ModelAttribute("form") ProfileForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (Language.fromCode(form.language()).isEmpty()) {
            Forms.reject(errors, "language", "register.language.unknown");
        }
        Person person = people.findById(user.id()).orElseThrow();
        if (errors.hasErrors()) {
            response.setStatus(422);
            model.addAttribute("errors", errors);
            return page(person, model);
        }
        Person updated = accounts.updateProfile(user.id(), form);
        signIn.replacePrincipal(
                CocreaUser.of(updated, null, false, user.stamps()).withoutCredentials(), request, response);
        ChosenLanguage.remember(request, response, updated.language());
        redirect.addFlashAttribute("notice", "profile.saved");
        return "redirect:/profile";
    }

    @PostMapping("/profile/password")
    String changePassword(
            @AuthenticationPrincipal CocreaUser user,
            @ModelAttribute PasswordForm passwordForm,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var errors = new BeanPropertyBindingResult(passwordForm, "passwordForm");
        Forms.checkPassword(passwordForm.password(), errors, "password");
        if (!errors.hasErrors()) {
            try {
                accounts.changePassword(user.id(), nullToEmpty(passwordForm.current()), passwordForm.password());
                // The change ended every session of the account (new credentials stamp) but this one, which
                // takes the new stamp and a new id.
                var stamps = people.stamps(user.id()).orElseThrow();
                request.changeSessionId();
                signIn.replacePrincipal(user.withStamps(stamps), request, response);
                redirect.addFlashAttribute("notice", "password.changed");
                return "redirect:/profile";
            } catch (Refused problem) {
                problem.addTo(errors);
            }
        }
        Person person = people.findById(user.id()).orElseThrow();
        response.setStatus(422);
        model.addAttribute(
                "form", new ProfileForm(person.name(), person.language().code()));
        model.addAttribute("passwordErrors", errors);
        return page(person, model);
    }

    @PostMapping("/profile/delete")
    String delete(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "password", required = false) String password,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            accounts.delete(user.id(), password);
        } catch (Refused problem) {
            var errors = problem.shownAgain(response);
            Person person = people.findById(user.id()).orElseThrow();
            model.addAttribute(
                    "form", new ProfileForm(person.name(), person.language().code()));
            model.addAttribute("deleteErrors", errors);
            return page(person, model);
        }
        new SecurityContextLogoutHandler().logout(request, response, null);
        redirect.addFlashAttribute("notice", "profile.deleted");
        return "redirect:/";
    }

    /** A citizen proves residence by entering the identifier the organisation's census list holds. */
    @PostMapping("/profile/residence")
    String claimResidence(
            @AuthenticationPrincipal CocreaUser user,
            @RequestParam(name = "organisation", required = false) String organisation,
            @RequestParam(name = "identifier", required = false) String identifier,
            @RequestParam(name = "back", required = false) String back,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        String returnTo = localBack(back);
        var claim = new ResidenceForm(organisation == null ? "" : organisation, "");
        var errors = new BeanPropertyBindingResult(claim, "residenceForm");
        var chosen = residenceOrganisation(organisation);
        if (chosen == null) {
            Forms.reject(errors, "organisation", "residence.claim.organisation");
        } else {
            var outcome = residents.claim(user.id(), chosen, identifier);
            if (outcome.accepted()) {
                redirect.addFlashAttribute("notice", outcome.messageKey());
                return "redirect:" + (returnTo.isEmpty() ? "/profile" : returnTo);
            }
            Forms.reject(errors, "identifier", outcome.messageKey());
        }
        Person person = people.findById(user.id()).orElseThrow();
        response.setStatus(422);
        model.addAttribute(
                "form", new ProfileForm(person.name(), person.language().code()));
        model.addAttribute("residenceForm", claim);
        model.addAttribute("residenceErrors", errors);
        model.addAttribute("residenceBack", returnTo);
        return page(person, model);
    }

    /** The organisation chosen in the claim form, if it is one that has a census list. */
    private Long residenceOrganisation(String value) {
        try {
            long id = Long.parseLong(value == null ? "" : value.trim());
            return residents.organisationsWithCensus().contains(id) ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private String page(Person person, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("secondFactor", secondFactors.hasApp(person.id()));
        model.addAttribute("passkey", secondFactors.hasPasskey(person.id()));
        if (!model.containsAttribute("residenceForm")) {
            model.addAttribute("residenceForm", new ResidenceForm("", ""));
        }
        model.addAttribute(
                "residences",
                residents.residences(person.id()).stream()
                        .map(directory::organisation)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute(
                "censusOrganisations",
                residents.organisationsWithCensus().stream()
                        .map(directory::organisation)
                        .flatMap(java.util.Optional::stream)
                        .toList());
        model.addAttribute(
                "organisation",
                person.organisationId() == null
                        ? null
                        : directory.organisation(person.organisationId()).orElse(null));
        model.addAttribute(
                "department",
                person.departmentId() == null
                        ? null
                        : directory.department(person.departmentId()).orElse(null));
        return "accounts/profile";
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
