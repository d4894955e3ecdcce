package org.cocrea.accounts;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.springframework.dao.DuplicateKeyException;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Platform admins manage organisations, their departments and people. Guarded by /admin/** in security. */
@Controller
class AdminController {
    static final int PAGE_SIZE = 50;

    private final OrganisationRepository organisations;
    private final PersonRepository people;
    private final AccountService accounts;

    AdminController(OrganisationRepository organisations, PersonRepository people, AccountService accounts) {
        this.organisations = organisations;
        this.people = people;
        this.accounts = accounts;
    }

    @GetMapping("/admin")
    String index() {
        return "accounts/admin";
    }

    @GetMapping("/admin/organisations")
    String organisations(Model model) {
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("form", new NameForm(""));
        return "accounts/organisations";
    }

    @PostMapping("/admin/organisations")
    String createOrganisation(
            @Valid @ModelAttribute("form") NameForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (!errors.hasErrors()) {
            try {
                long id = organisations.create(form.name().trim());
                redirect.addFlashAttribute("notice", "admin.organisation.created");
                return "redirect:/admin/organisations/" + id;
            } catch (DuplicateKeyException e) {
                Forms.reject(errors, "name", "admin.organisation.taken");
            }
        }
        response.setStatus(422);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("errors", errors);
        return "accounts/organisations";
    }

    @GetMapping("/admin/organisations/{id}")
    String organisation(@PathVariable long id, Model model) {
        return organisationPage(id, new NameForm(""), null, model);
    }

    @PostMapping("/admin/organisations/{id}/departments")
    String addDepartment(
            @PathVariable long id,
            @Valid @ModelAttribute("form") NameForm form,
            BindingResult errors,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        organisations.find(id).orElseThrow(NotFound::new);
        if (!errors.hasErrors()) {
            try {
                organisations.addDepartment(id, form.name().trim());
                redirect.addFlashAttribute("notice", "admin.department.created");
                return "redirect:/admin/organisations/" + id;
            } catch (DuplicateKeyException e) {
                Forms.reject(errors, "name", "admin.department.taken");
            }
        }
        response.setStatus(422);
        return organisationPage(id, form, errors, model);
    }

    private String organisationPage(long id, NameForm form, BindingResult errors, Model model) {
        model.addAttribute("organisation", organisations.find(id).orElseThrow(NotFound::new));
        model.addAttribute("departments", organisations.departments(id));
        model.addAttribute("members", people.inOrganisation(id));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "accounts/organisation";
    }

    @GetMapping("/admin/people")
    String people(
            @RequestParam(name = "q", required = false) String query,
            @RequestParam(name = "page", defaultValue = "0") int page,
            @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx,
            Model model) {
        int safePage = Math.max(0, Math.min(page, 100_000));
        String q = query == null ? "" : query.length() > 100 ? query.substring(0, 100) : query;
        var found = people.search(q, safePage * PAGE_SIZE, PAGE_SIZE + 1);
        model.addAttribute("people", found.size() > PAGE_SIZE ? found.subList(0, PAGE_SIZE) : found);
        model.addAttribute("hasNext", found.size() > PAGE_SIZE);
        model.addAttribute("page", safePage);
        model.addAttribute("q", q);
        return htmx != null ? "accounts/people-results" : "accounts/people";
    }

    @GetMapping("/admin/people/{id}")
    String person(@PathVariable long id, Model model) {
        Person person = people.findById(id).filter(p -> !p.deleted()).orElseThrow(NotFound::new);
        var form = new RoleForm(person.kind().code(), person.admin(), person.organisationId(), person.departmentId());
        return personPage(person, form, null, model);
    }

    @PostMapping("/admin/people/{id}")
    String updatePerson(
            @PathVariable long id,
            @ModelAttribute("form") RoleForm form,
            BindingResult binding,
            @AuthenticationPrincipal CocreaUser admin,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        Person person = people.findById(id).filter(p -> !p.deleted()).orElseThrow(NotFound::new);
        var errors = new BeanPropertyBindingResult(form, "form");
        errors.addAllErrors(binding);
        PersonKind kind = null;
        try {
            kind = form.kind() == null ? null : PersonKind.fromCode(form.kind());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (kind == null) {
            Forms.reject(errors, "kind", "admin.person.kindUnknown");
        }
        if (admin.id() == id && !form.isAdmin()) {
            Forms.reject(errors, "admin", "admin.person.keepOwnAdmin");
        }
        if (!errors.hasErrors()) {
            try {
                accounts.assignRole(id, kind, form.isAdmin(), form.organisationId(), form.departmentId());
                redirect.addFlashAttribute("notice", "admin.person.saved");
                return "redirect:/admin/people/" + id;
            } catch (Refused problem) {
                problem.addTo(errors);
            }
        }
        response.setStatus(422);
        return personPage(person, form, errors, model);
    }

    private String personPage(Person person, RoleForm form, BindingResult errors, Model model) {
        model.addAttribute("person", person);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("organisations", organisations.all());
        model.addAttribute("departments", organisations.allDepartments());
        return "accounts/person";
    }
}
