package org.cocrea.initiatives;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.stream.Collectors;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Organisation;
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

/** Citizen proposals: public list and page, proposing, supporting, and the organisation's answer. */
@Controller
class ProposalController {
    private final ProposalRepository proposals;
    private final ProposalService service;
    private final Accounts accounts;

    ProposalController(ProposalRepository proposals, ProposalService service, Accounts accounts) {
        this.proposals = proposals;
        this.service = service;
        this.accounts = accounts;
    }

    @GetMapping("/proposals")
    String list(Model model) {
        model.addAttribute("proposals", proposals.all(200));
        model.addAttribute("organisations", organisations());
        return "initiatives/proposals";
    }

    @GetMapping("/proposals/new")
    String newForm(@AuthenticationPrincipal SignedInPerson me, Model model) {
        if (me.isProfessional()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return form(model, ProposalForm.empty(), null);
    }

    @PostMapping("/proposals")
    String propose(
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute("form") ProposalForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var errors = new BeanPropertyBindingResult(form, "form");
        Long id = service.propose(me, form, errors);
        if (id == null) {
            response.setStatus(422);
            return form(model, form, errors);
        }
        redirect.addFlashAttribute("notice", "proposal.created");
        return "redirect:/proposals/" + id;
    }

    @GetMapping("/proposals/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(proposals.find(id).orElseThrow(InitiativeService::notFound), me, model, null);
    }

    @PostMapping("/proposals/{id:\\d+}/support")
    String support(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            boolean counted = service.support(me, id);
            redirect.addFlashAttribute("notice", counted ? "proposal.supported" : "proposal.alreadySupported");
            return "redirect:/proposals/" + id;
        } catch (Refused p) {
            return failed(id, me, model, response, p);
        }
    }

    @PostMapping("/proposals/{id:\\d+}/accept")
    String accept(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            long initiative = service.accept(me, id);
            redirect.addFlashAttribute("notice", "proposal.accepted");
            return "redirect:/initiatives/" + initiative;
        } catch (Refused p) {
            return failed(id, me, model, response, p);
        }
    }

    @PostMapping("/proposals/{id:\\d+}/decline")
    String decline(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "") String reasons,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.decline(me, id, reasons);
            redirect.addFlashAttribute("notice", "proposal.declined");
            return "redirect:/proposals/" + id;
        } catch (Refused p) {
            return failed(id, me, model, response, p);
        }
    }

    @GetMapping("/proposals/settings")
    String settings(@AuthenticationPrincipal SignedInPerson me, Model model) {
        Long org = professionalOrganisation(me);
        model.addAttribute("settings", proposals.settings(org));
        model.addAttribute(
                "organisation",
                accounts.organisation(org).map(Organisation::name).orElse(""));
        model.addAttribute("errors", null);
        return "initiatives/proposal-settings";
    }

    @PostMapping("/proposals/settings")
    String saveSettings(
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "0") int supportThreshold,
            @RequestParam(defaultValue = "0") int answerDays,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Long org = professionalOrganisation(me);
        var settings = new ProposalSettings(supportThreshold, answerDays);
        try {
            service.saveSettings(me, org, settings);
            redirect.addFlashAttribute("notice", "proposal.settings.saved");
            return "redirect:/proposals/settings";
        } catch (Refused p) {
            var errors = new BeanPropertyBindingResult(settings, "settings");
            InitiativeForms.reject(errors, p.field(), p.key());
            response.setStatus(422);
            model.addAttribute("settings", settings);
            model.addAttribute(
                    "organisation",
                    accounts.organisation(org).map(Organisation::name).orElse(""));
            model.addAttribute("errors", errors);
            return "initiatives/proposal-settings";
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
        return page(proposals.find(id).orElseThrow(InitiativeService::notFound), me, model, errors);
    }

    private String page(Proposal p, SignedInPerson me, Model model, BindingResult errors) {
        model.addAttribute("proposal", p);
        model.addAttribute(
                "organisation",
                accounts.organisation(p.organisationId())
                        .map(Organisation::name)
                        .orElse(""));
        model.addAttribute("supported", me != null && proposals.hasSupported(p.id(), me.personId()));
        model.addAttribute("mayAnswer", service.mayAnswer(me, p));
        model.addAttribute("overdue", p.overdue(InitiativeService.today()));
        model.addAttribute("errors", errors);
        return "initiatives/proposal";
    }

    private String form(Model model, ProposalForm form, BindingResult errors) {
        model.addAttribute("form", form);
        model.addAttribute("organisations", organisations());
        model.addAttribute("errors", errors);
        return "initiatives/proposal-form";
    }

    private Map<Long, String> organisations() {
        return accounts.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name, (a, b) -> a, java.util.TreeMap::new));
    }
}
