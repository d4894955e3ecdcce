package org.cocrea.initiatives.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.cocrea.accounts.Accounts;
import org.cocrea.accounts.Department;
import org.cocrea.accounts.Person;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.core.CoverImages;
import org.cocrea.initiatives.core.InitiativeForm;
import org.cocrea.initiatives.core.InitiativeForms;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.core.InitiativeTemplate;
import org.cocrea.platform.Images;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Creating an initiative (professionals, for their organisation) and editing it (owners and facilitators). */
@Controller
class InitiativeEditController {
    private final InitiativeService service;
    private final Accounts accounts;
    private final CoverImages covers;

    InitiativeEditController(InitiativeService service, Accounts accounts, CoverImages covers) {
        this.service = service;
        this.accounts = accounts;
        this.covers = covers;
    }

    @GetMapping("/initiatives/new")
    String newForm(@AuthenticationPrincipal SignedInPerson me, Model model) {
        long org = ownOrganisation(me);
        return form(model, InitiativeForm.empty(org), null, org, null);
    }

    @PostMapping("/initiatives")
    String create(
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute("form") InitiativeForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        long org = me.isAdmin() && form.organisationId() != null ? form.organisationId() : ownOrganisation(me);
        var errors = new BeanPropertyBindingResult(form, "form");
        checkDepartment(form, org, errors);
        InitiativeTemplate template = null;
        if (form.template() != null && !form.template().isBlank()) {
            template = InitiativeTemplate.fromCode(form.template()).orElse(null);
            if (template == null) {
                InitiativeForms.reject(errors, "template", "template.unknown");
            }
        }
        var details = InitiativeForms.validate(form, org, errors);
        if (details.isPresent() && !errors.hasErrors()) {
            try {
                long id = service.create(me, details.get(), template);
                redirect.addFlashAttribute("notice", "initiative.created");
                return "redirect:/initiatives/" + id;
            } catch (Refused p) {
                p.addTo(errors);
            }
        }
        response.setStatus(422);
        return form(model, form, errors, org, null);
    }

    @GetMapping("/initiatives/{id:\\d+}/edit")
    String edit(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        Initiative i = service.manageable(me, id);
        return form(model, InitiativeForm.of(i), null, i.organisationId(), i);
    }

    @PostMapping("/initiatives/{id:\\d+}/edit")
    String update(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute("form") InitiativeForm form,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Initiative i = service.manageable(me, id);
        if (form.level() == null || form.level().isBlank()) {
            form = form.withLevel(i.level().code()); // the edit form shows the level without offering a choice
        }
        var errors = new BeanPropertyBindingResult(form, "form");
        checkDepartment(form, i.organisationId(), errors);
        var details = InitiativeForms.validate(form, i.organisationId(), errors);
        if (details.isPresent() && !errors.hasErrors()) {
            try {
                service.update(me, id, details.get());
                redirect.addFlashAttribute("notice", "initiative.saved");
                return "redirect:/initiatives/" + id;
            } catch (Refused p) {
                p.addTo(errors);
            }
        }
        response.setStatus(422);
        return form(model, form, errors, i.organisationId(), i);
    }

    /** The cover image, a form of its own on the edit page (multipart); refused, the edit page again with 422. */
    @PostMapping("/initiatives/{id:\\d+}/image")
    String image(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = Images.FILE, required = false) MultipartFile image,
            @RequestParam(name = Images.ALT, required = false) String imageAlt,
            @RequestParam(name = "imageRemove", required = false) String remove,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            covers.change(me, id, image, imageAlt, "true".equals(remove));
            redirect.addFlashAttribute("notice", "initiative.cover.saved");
            return "redirect:/initiatives/" + id;
        } catch (Refused r) {
            var errors = r.shownAgain(response);
            Initiative i = service.manageable(me, id);
            model.addAttribute("imageErrors", errors);
            model.addAttribute("imageAlt", imageAlt == null ? "" : imageAlt);
            return form(model, InitiativeForm.of(i), null, i.organisationId(), i);
        }
    }

    private void checkDepartment(InitiativeForm form, long org, BindingResult errors) {
        if (form.departmentId() != null
                && accounts.departments(org).stream().noneMatch(d -> d.id() == form.departmentId())) {
            InitiativeForms.reject(errors, "departmentId", "initiative.department.unknown");
        }
    }

    private long ownOrganisation(SignedInPerson me) {
        if (me == null || !me.isProfessional()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN);
        }
        return accounts.person(me.personId())
                .map(Person::organisationId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
    }

    private String form(Model model, InitiativeForm form, BindingResult errors, long org, Initiative existing) {
        List<Department> departments = accounts.departments(org);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("existing", existing);
        model.addAttribute(
                "cover", existing == null ? null : covers.cover(existing).orElse(null));
        model.addAttribute("departments", departments);
        model.addAttribute(
                "organisation", accounts.organisation(org).map(o -> o.name()).orElse(""));
        return "initiatives/form";
    }
}
