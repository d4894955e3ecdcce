package org.cocrea.initiatives.petitions;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
import org.cocrea.initiatives.PetitionForm;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Citizen petitions: public list and page, proposing, supporting, and the organisation's answer. */
@Controller
class PetitionController {
    private final PetitionRepository petitions;
    private final PetitionService service;
    private final Accounts accounts;

    PetitionController(PetitionRepository petitions, PetitionService service, Accounts accounts) {
        this.petitions = petitions;
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping("/petitions")
    String list(Model model) {
        model.addAttribute("petitions", petitions.all(200));
        model.addAttribute("organisations", organisations());
        return "petitions/list";
    }

    @GetMapping("/petitions/new")
    String newForm(@AuthenticationPrincipal SignedInPerson me, Model model) {
        if (me.isProfessional()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form(model, PetitionForm.empty(), null);
    }

    @PostMapping("/petitions")
    String propose(
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute("form") PetitionForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var errors = new BeanPropertyBindingResult(form, "form");
        Long id = service.propose(me, form, errors);
        if (id == null) {
            response.setStatus(422);
            return form(model, form, errors);
        }
        redirect.addFlashAttribute("notice", "petition.created");
        return "redirect:/petitions/" + id;
    }

    @GetMapping("/petitions/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(petitions.find(id).orElseThrow(NotFound::new), me, model, null);
    }

    @PostMapping("/petitions/{id:\\d+}/support")
    String support(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            boolean counted = service.support(me, id);
            redirect.addFlashAttribute("notice", counted ? "petition.supported" : "petition.alreadySupported");
            return "redirect:/petitions/" + id;
        } catch (Refused p) {
            return failed(id, me, model, response, p);
        }
    }

    @PostMapping("/petitions/{id:\\d+}/accept")
    String accept(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long initiative = service.accept(me, id);
            redirect.addFlashAttribute("notice", "petition.accepted");
            return "redirect:/initiatives/" + initiative;
        } catch (Refused p) {
            return failed(id, me, model, response, p);
        }
    }

    @PostMapping("/petitions/{id:\\d+}/decline")
    String decline(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "") String reasons,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.decline(me, id, reasons);
            redirect.addFlashAttribute("notice", "petition.declined");
            return "redirect:/petitions/" + id;
        } catch (Refused p) {
            return failed(id, me, model, response, p);
        }
    }

    @GetMapping("/petitions/settings")
    String settings(@AuthenticationPrincipal SignedInPerson me, Model model) {
        Long org = professionalOrganisation(me);
        model.addAttribute("settings", petitions.settings(org));
        model.addAttribute(
                "organisation",
                accounts.organisation(org).map(Organisation::name).orElse(""));
        model.addAttribute("errors", null);
        return "petitions/settings";
    }

    @PostMapping("/petitions/settings")
    String saveSettings(
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "0") int supportThreshold,
            @RequestParam(defaultValue = "0") int answerDays,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long org = professionalOrganisation(me);
        var settings = new PetitionSettings(supportThreshold, answerDays);
        try {
            service.saveSettings(me, org, settings);
            redirect.addFlashAttribute("notice", "petition.settings.saved");
            return "redirect:/petitions/settings";
        } catch (Refused p) {
            var errors = new BeanPropertyBindingResult(settings, "settings");
            p.addTo(errors);
            response.setStatus(422);
            model.addAttribute("settings", settings);
            model.addAttribute(
                    "organisation",
                    accounts.organisation(org).map(Organisation::name).orElse(""));
            model.addAttribute("errors", errors);
            return "petitions/settings";
        }
    }

    private Long professionalOrganisation(SignedInPerson me) {
        Long org = me.isProfessional() ? service.organisationOf(me) : null;
        if (org == null) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return org;
    }

    private String failed(long id, SignedInPerson me, Model model, HttpServletResponse response, Refused p) {
        var errors = new BeanPropertyBindingResult(new Object(), "action");
        errors.reject(p.key(), p.key());
        response.setStatus(422);
        return page(petitions.find(id).orElseThrow(NotFound::new), me, model, errors);
    }

    private String page(Petition p, SignedInPerson me, Model model, BindingResult errors) {
        model.addAttribute("petition", p);
        model.addAttribute(
                "organisation",
                accounts.organisation(p.organisationId())
                        .map(Organisation::name)
                        .orElse(""));
        model.addAttribute("supported", me != null && petitions.hasSupported(p.id(), me.personId()));
        model.addAttribute("mayAnswer", service.mayAnswer(me, p));
        model.addAttribute("overdue", p.overdue(InitiativeService.today()));
        model.addAttribute("errors", errors);
        return "petitions/show";
    }

    private String form(Model model, PetitionForm form, BindingResult errors) {
        model.addAttribute("form", form);
        model.addAttribute("organisations", organisations());
        model.addAttribute("errors", errors);
        return "petitions/form";
    }

    private Map<Long, String> organisations() {
        return accounts.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a, java.util.TreeMap::new));
    }
}
