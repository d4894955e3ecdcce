package org.cocrea.initiatives.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.cocrea.accounts.Accounts;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Status;
import org.cocrea.initiatives.TimelinePhase;
import org.cocrea.initiatives.core.InitiativeForms;
import org.cocrea.initiatives.core.InitiativeRepository;
import org.cocrea.initiatives.core.InitiativeService;
import org.cocrea.initiatives.invitations.InvitationService;
import org.cocrea.platform.NotFound;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
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

/** The initiative page and the actions on it: timeline, tools, publishing, membership, following. */
@Controller
class InitiativeController {
    private final InitiativeRepository initiatives;
    private final InitiativeService service;
    private final Initiatives api;
    private final PageAssembler pages;
    private final Accounts accounts;
    private final InvitationService invitations;
    private final org.cocrea.initiatives.core.CoverImages covers;
    private final org.springframework.beans.factory.ObjectProvider<org.cocrea.initiatives.InitiativeSection> sections;

    InitiativeController(
            org.springframework.beans.factory.ObjectProvider<org.cocrea.initiatives.InitiativeSection> sections,
            InitiativeRepository initiatives,
            InitiativeService service,
            Initiatives api,
            PageAssembler pages,
            Accounts accounts,
            InvitationService invitations,
            org.cocrea.initiatives.core.CoverImages covers) {
        this.covers = covers;
        this.sections = sections;
        this.initiatives = initiatives;
        this.service = service;
        this.api = api;
        this.pages = pages;
        this.accounts = accounts;
        this.invitations = invitations;
    }

    @GetMapping("/initiatives/{id:\\d+}")
    String show(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        Initiative i = initiatives.find(id).orElseThrow(NotFound::new);
        if (!api.maySee(i, me)) {
            if (!api.mayKnow(i, me)) {
                // Always throws here: "not found", or 403 for a proxy waiting for the citizen’s consent.
                service.visible(me, id);
            }
            // Admins learn that an individual initiative exists, and who runs it, never its content.
            model.addAttribute("initiative", i);
            model.addAttribute(
                    "organisation",
                    accounts.organisation(i.organisationId()).map(o -> o.name()).orElse(""));
            return "initiatives/restricted";
        }
        return page(i, me, model, PhaseForm.empty(), MemberForm.empty(), null);
    }

    @PostMapping("/initiatives/{id:\\d+}/phases")
    String addPhase(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute PhaseForm phaseForm,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        service.manageable(me, id);
        var errors = new BeanPropertyBindingResult(phaseForm, "phaseForm");
        TimelinePhase phase = parse(phaseForm, errors);
        if (phase != null) {
            try {
                service.addPhase(me, id, phase);
                return done(redirect, id, "timeline.added");
            } catch (Refused p) {
                p.addTo(errors);
            }
        }
        return failed(id, me, model, response, phaseForm, MemberForm.empty(), errors);
    }

    @PostMapping("/initiatives/{id:\\d+}/publish")
    String publish(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(id, me, model, response, redirect, "initiative.published", () -> service.publish(me, id));
    }

    @PostMapping("/initiatives/{id:\\d+}/status")
    String status(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "") String status,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        service.manageable(me, id);
        return act(
                id,
                me,
                model,
                response,
                redirect,
                "initiative.statusChanged",
                () -> service.setStatus(
                        me,
                        id,
                        Status.fromCode(status).orElseThrow(() -> new Refused("status", "initiative.status.unknown"))));
    }

    @PostMapping("/initiatives/{id:\\d+}/active-phase")
    String activePhase(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "") String phase,
            @RequestParam(defaultValue = "") String cycle,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        service.manageable(me, id);
        return act(id, me, model, response, redirect, "timeline.activeSet", () -> {
            Phase chosen = phase.isBlank()
                    ? null
                    : Phase.fromCode(phase).orElseThrow(() -> new Refused("phase", "timeline.phase.unknown"));
            Integer chosenCycle = null;
            if (!cycle.isBlank()) {
                try {
                    chosenCycle = Integer.valueOf(cycle.trim());
                } catch (NumberFormatException e) {
                    throw new Refused("cycle", "timeline.cycle.invalid");
                }
            }
            service.setActivePhase(me, id, chosen, chosenCycle);
        });
    }

    @PostMapping("/initiatives/{id:\\d+}/tools")
    String addTool(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "") String phase,
            @RequestParam(defaultValue = "") String tool,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                me,
                model,
                response,
                redirect,
                "tool.added",
                () -> service.addTool(me, id, Phase.fromCode(phase).orElse(null), tool));
    }

    /**
     * Joins; {@code back}, a page of this site (a tool's page that offered the button, e.g. the budget's ballot),
     * is where the person returns, else the initiative page.
     */
    @PostMapping("/initiatives/{id:\\d+}/join")
    String join(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "back", required = false) String back,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.join(me, id);
        } catch (Refused p) {
            return failed(id, me, model, response, PhaseForm.empty(), MemberForm.empty(), global(p));
        }
        redirect.addFlashAttribute("notice", "join.joined");
        return "redirect:" + back(back, id);
    }

    /** A page of this site to return to, or the initiative page when {@code back} is missing or not local. */
    private static String back(String back, long id) {
        String safe = org.cocrea.platform.LocalPaths.orHome(back);
        return back == null || back.isBlank() || !safe.equals(back) || safe.equals("/") ? "/initiatives/" + id : safe;
    }

    @PostMapping("/initiatives/{id:\\d+}/request")
    String request(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(name = "back", required = false) String back,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.requestToJoin(me, id);
        } catch (Refused p) {
            if (Refused.UNCONFIRMED.equals(p.key()) && !api.maySee(id, me)) {
                // Someone who may not see the group yet learns why on the list, with the resend button.
                redirect.addFlashAttribute("notice", p.key());
                return "redirect:/initiatives";
            }
            return failed(id, me, model, response, PhaseForm.empty(), MemberForm.empty(), global(p));
        }
        // The requester may not see a group initiative yet: they go back to the list with a notice.
        redirect.addFlashAttribute("notice", "join.requested");
        return api.maySee(id, me) ? "redirect:" + back(back, id) : "redirect:/initiatives";
    }

    @PostMapping("/initiatives/{id:\\d+}/requests/{personId:\\d+}")
    String answer(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "false") boolean accept,
            RedirectAttributes redirect) {
        service.answerRequest(me, id, personId, accept);
        return done(redirect, id, accept ? "join.accepted" : "join.declined");
    }

    @PostMapping("/initiatives/{id:\\d+}/members")
    String addMember(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute MemberForm memberForm,
            java.util.Locale locale,
            jakarta.servlet.http.HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        var errors = new BeanPropertyBindingResult(memberForm, "memberForm");
        try {
            // A member of a group initiative is invited by mail (any address) and joins by accepting.
            boolean groupMember = MemberRole.MEMBER.code().equals(memberForm.role())
                    && initiatives
                            .find(id)
                            .filter(i -> i.level() == Level.GROUP)
                            .isPresent();
            if (groupMember) {
                invitations.invite(me, id, memberForm.email(), locale);
                return done(redirect, id, "member.invited");
            }
            boolean added = service.addMember(
                    me,
                    id,
                    memberForm.email(),
                    MemberRole.fromCode(memberForm.role()).orElse(null),
                    request.getRemoteAddr());
            return done(redirect, id, added ? "member.added" : "member.invited");
        } catch (Refused p) {
            p.addTo(errors);
        }
        return failed(id, me, model, response, PhaseForm.empty(), memberForm, errors);
    }

    @PostMapping("/initiatives/{id:\\d+}/members/{personId:\\d+}/remove")
    String removeMember(
            @PathVariable long id,
            @PathVariable long personId,
            @AuthenticationPrincipal SignedInPerson me,
            jakarta.servlet.http.HttpServletRequest request,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return act(
                id,
                me,
                model,
                response,
                redirect,
                "member.removed",
                () -> service.removeMember(me, id, personId, request.getRemoteAddr()));
    }

    @PostMapping("/initiatives/{id:\\d+}/follow")
    String follow(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @RequestParam(defaultValue = "true") boolean follow,
            RedirectAttributes redirect) {
        service.follow(me, id, follow);
        return done(redirect, id, follow ? "follow.on" : "follow.off");
    }

    private String act(
            long id,
            SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            String notice,
            Runnable action) {
        try {
            action.run();
            return done(redirect, id, notice);
        } catch (Refused p) {
            return failed(id, me, model, response, PhaseForm.empty(), MemberForm.empty(), global(p));
        }
    }

    private static BindingResult global(Refused p) {
        var errors = new BeanPropertyBindingResult(new Object(), "action");
        errors.reject(p.key(), p.key());
        return errors;
    }

    private static String done(RedirectAttributes redirect, long id, String notice) {
        redirect.addFlashAttribute("notice", notice);
        return "redirect:/initiatives/" + id;
    }

    private String failed(
            long id,
            SignedInPerson me,
            Model model,
            HttpServletResponse response,
            PhaseForm phaseForm,
            MemberForm memberForm,
            BindingResult errors) {
        Initiative i = service.visible(me, id);
        response.setStatus(422);
        return page(i, me, model, phaseForm, memberForm, errors);
    }

    private String page(
            Initiative i,
            SignedInPerson me,
            Model model,
            PhaseForm phaseForm,
            MemberForm memberForm,
            BindingResult errors) {
        model.addAttribute("page", pages.page(i, me));
        model.addAttribute("cover", covers.cover(i).orElse(null));
        // What other modules add at the end of the page (the ledger's link, a rating's faces, the comments), read
        // now, drawn by the template in the sections' order.
        model.addAttribute(
                "sections",
                sections.orderedStream()
                        .map(s -> s.section(i, me))
                        .filter(java.util.Objects::nonNull)
                        .toList());
        model.addAttribute("phaseForm", phaseForm);
        model.addAttribute("memberForm", memberForm);
        model.addAttribute("errors", errors);
        return "initiatives/show";
    }

    /** Parses the phase form, recording a field error for each unreadable value. */
    private static TimelinePhase parse(PhaseForm f, BindingResult errors) {
        var phase = Phase.fromCode(f.phase());
        if (phase.isEmpty()) {
            InitiativeForms.reject(errors, "phase", "timeline.phase.unknown");
        }
        Integer cycle = null;
        try {
            cycle = Integer.valueOf(
                    f.cycle() == null || f.cycle().isBlank() ? "1" : f.cycle().trim());
        } catch (NumberFormatException e) {
            InitiativeForms.reject(errors, "cycle", "timeline.cycle.invalid");
        }
        LocalDate start = date(f.start(), errors, "start");
        LocalDate end = date(f.end(), errors, "end");
        if (errors.hasErrors()) {
            return null;
        }
        return new TimelinePhase(cycle, phase.get(), start, end);
    }

    private static LocalDate date(String value, BindingResult errors, String field) {
        try {
            return LocalDate.parse(value == null ? "" : value.trim());
        } catch (DateTimeParseException e) {
            InitiativeForms.reject(errors, field, "timeline.date.invalid");
            return null;
        }
    }
}
