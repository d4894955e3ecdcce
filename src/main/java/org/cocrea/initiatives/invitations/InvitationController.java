package org.cocrea.initiatives.invitations;

import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.cocrea.initiatives.core.InitiativeForms;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Invitations to group initiatives: the facilitators' page (invite by mail, withdraw, the join link) and the
 * pages behind the links. None of these routes is open to anonymous people, so Spring Security sends someone
 * who opens a link signed out to the sign-in page and, once signed in, back to the link (its saved request).
 * Opening a link only shows the offer; joining is a POST with the CSRF token.
 */
@Controller
public class InvitationController {
    private final InvitationService service;
    private final CocreaSettings settings;

    InvitationController(InvitationService service, CocreaSettings settings) {
        this.service = service;
        this.settings = settings;
    }

    @GetMapping("/initiatives/{id:\\d+}/invitations")
    String overview(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(id, me, model, InvitationForm.empty(), null);
    }

    @PostMapping("/initiatives/{id:\\d+}/invitations")
    String invite(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            @ModelAttribute InvitationForm invitationForm,
            Locale locale,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.invite(me, id, invitationForm.email(), locale);
            redirect.addFlashAttribute("notice", "invitation.sent");
            return "redirect:/initiatives/" + id + "/invitations";
        } catch (Refused p) {
            return failed(id, me, model, response, keep(invitationForm), p);
        }
    }

    @PostMapping("/initiatives/{id:\\d+}/invitations/{invitationId:\\d+}/withdraw")
    String withdraw(
            @PathVariable long id,
            @PathVariable long invitationId,
            @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect) {
        service.withdraw(me, id, invitationId);
        redirect.addFlashAttribute("notice", "invitation.withdrawn.done");
        return "redirect:/initiatives/" + id + "/invitations";
    }

    @PostMapping("/initiatives/{id:\\d+}/join-link")
    String makeLink(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            String token = service.makeLink(me, id);
            redirect.addFlashAttribute("notice", "link.made");
            // Shown once, on the next page; only its hash is stored.
            redirect.addFlashAttribute("newLink", settings.link("/initiatives/" + id + "/join/" + token));
            return "redirect:/initiatives/" + id + "/invitations";
        } catch (Refused p) {
            return failed(id, me, model, response, InvitationForm.empty(), p);
        }
    }

    @PostMapping("/initiatives/{id:\\d+}/join-link/delete")
    String switchOffLink(
            @PathVariable long id,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            service.switchOffLink(me, id);
            redirect.addFlashAttribute("notice", "link.off");
            return "redirect:/initiatives/" + id + "/invitations";
        } catch (Refused p) {
            return failed(id, me, model, response, InvitationForm.empty(), p);
        }
    }

    @GetMapping("/initiatives/{id:\\d+}/invitations/{token}")
    String openInvitation(
            @PathVariable long id,
            @PathVariable String token,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response) {
        try {
            return offer(model, service.openInvitation(me, id, token), "/initiatives/" + id + "/invitations/" + token);
        } catch (Refused gone) {
            return gone(model, response, gone);
        }
    }

    @PostMapping("/initiatives/{id:\\d+}/invitations/{token}")
    String acceptInvitation(
            @PathVariable long id,
            @PathVariable String token,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            return joined(redirect, id, service.acceptInvitation(me, id, token));
        } catch (Refused refused) {
            if (!Refused.UNCONFIRMED.equals(refused.key())) {
                return gone(model, response, refused);
            }
            return refused(
                    model,
                    response,
                    service.openInvitation(me, id, token),
                    "/initiatives/" + id + "/invitations/" + token,
                    refused);
        } catch (DuplicateKeyException raced) {
            return joined(redirect, id, false); // the same person joined twice at once: the first one counts
        }
    }

    @GetMapping("/initiatives/{id:\\d+}/join/{token}")
    String openLink(
            @PathVariable long id,
            @PathVariable String token,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response) {
        try {
            return offer(model, service.openLink(me, id, token), "/initiatives/" + id + "/join/" + token);
        } catch (Refused gone) {
            return gone(model, response, gone);
        }
    }

    @PostMapping("/initiatives/{id:\\d+}/join/{token}")
    String acceptLink(
            @PathVariable long id,
            @PathVariable String token,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        try {
            return joined(redirect, id, service.acceptLink(me, id, token));
        } catch (Refused refused) {
            if (!Refused.UNCONFIRMED.equals(refused.key())) {
                return gone(model, response, refused);
            }
            return refused(
                    model, response, service.openLink(me, id, token), "/initiatives/" + id + "/join/" + token, refused);
        } catch (DuplicateKeyException raced) {
            return joined(redirect, id, false);
        }
    }

    private static String joined(RedirectAttributes redirect, long id, boolean joined) {
        redirect.addFlashAttribute("notice", joined ? "join.joined" : "invitation.alreadyMember");
        return "redirect:/initiatives/" + id;
    }

    private static String offer(Model model, InvitationOffer offer, String action) {
        model.addAttribute("offer", offer);
        model.addAttribute("action", action);
        return "initiatives/invitation";
    }

    /** The offer again, with the reason the join was refused (an unconfirmed address) and the resend button. */
    private static String refused(
            Model model, HttpServletResponse response, InvitationOffer offer, String action, Refused problem) {
        var errors = new BeanPropertyBindingResult(new Object(), "offer");
        errors.reject(problem.key(), problem.key());
        response.setStatus(422);
        model.addAttribute("errors", errors);
        return offer(model, offer, action);
    }

    /**
     * A link that cannot admit anyone: 404 for a token nobody issued ({@code *.unknown}), 410 for one that was
     * good once (expired, used, withdrawn, archived initiative), with the reason in words.
     */
    private static String gone(Model model, HttpServletResponse response, Refused gone) {
        response.setStatus(gone.key().endsWith(".unknown") ? 404 : 410);
        model.addAttribute("problem", gone.key());
        return "initiatives/invitation-gone";
    }

    /** The typed address back in the form, cut to a length a page can show. */
    private static InvitationForm keep(InvitationForm form) {
        String email = form.email() == null ? "" : form.email();
        return new InvitationForm(
                email.length() > InvitationService.EMAIL_MAX ? email.substring(0, InvitationService.EMAIL_MAX) : email);
    }

    private String failed(
            long id,
            SignedInPerson me,
            Model model,
            HttpServletResponse response,
            InvitationForm form,
            Refused problem) {
        var errors = new BeanPropertyBindingResult(form, "invitationForm");
        if ("email".equals(problem.field())) {
            InitiativeForms.reject(errors, problem.field(), problem.key());
        } else {
            errors.reject(problem.key(), problem.key());
        }
        response.setStatus(422);
        return page(id, me, model, form, errors);
    }

    private String page(long id, SignedInPerson me, Model model, InvitationForm form, BindingResult errors) {
        model.addAttribute("overview", service.overview(me, id));
        model.addAttribute("invitationForm", form);
        model.addAttribute("errors", errors);
        return "initiatives/invitations";
    }
}
