package org.cocrea.api;

import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.accounts.Organisation;
import org.cocrea.platform.Refused;
import org.cocrea.platform.SignedInPerson;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** An organisation's webhooks, for its professionals and the administrators; 404 for everybody else. */
@Controller
class WebhooksController {
    private static final String BASE = "/api/organisations/{id:\\d+}/webhooks";

    private final WebhookService webhooks;

    WebhooksController(WebhookService webhooks) {
        this.webhooks = webhooks;
    }

    @GetMapping(BASE)
    String list(@PathVariable long id, @AuthenticationPrincipal SignedInPerson me, Model model) {
        return page(webhooks.officerOf(id, me), WebhookForm.empty(), null, model);
    }

    @PostMapping(BASE)
    String subscribe(
            @PathVariable long id,
            @ModelAttribute("form") WebhookForm form,
            @AuthenticationPrincipal SignedInPerson me,
            Model model,
            HttpServletResponse response) {
        var organisation = webhooks.officerOf(id, me);
        try {
            var created = webhooks.subscribe(organisation, form, me);
            response.setHeader("Cache-Control", "no-store");
            model.addAttribute("organisation", organisation);
            model.addAttribute("webhook", webhooks.subscription(organisation, created.id()));
            model.addAttribute("secret", created.secret());
            return "api/webhook-created";
        } catch (Refused refused) {
            return page(organisation, form, refused.shownAgain(response), model);
        }
    }

    @PostMapping(BASE + "/{webhook:\\d+}/remove")
    String remove(
            @PathVariable long id,
            @PathVariable long webhook,
            @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect) {
        var organisation = webhooks.officerOf(id, me);
        redirect.addFlashAttribute(
                "notice", webhooks.remove(organisation, webhook) ? "api.webhook.removed" : "api.webhook.notRemoved");
        return "redirect:/api/organisations/" + id + "/webhooks";
    }

    @GetMapping(BASE + "/{webhook:\\d+}/deliveries")
    String deliveries(
            @PathVariable long id,
            @PathVariable long webhook,
            @AuthenticationPrincipal SignedInPerson me,
            Model model) {
        var organisation = webhooks.officerOf(id, me);
        model.addAttribute("organisation", organisation);
        model.addAttribute("webhook", webhooks.subscription(organisation, webhook));
        model.addAttribute("deliveries", webhooks.log(organisation, webhook));
        return "api/deliveries";
    }

    @PostMapping(BASE + "/{webhook:\\d+}/test")
    String test(
            @PathVariable long id,
            @PathVariable long webhook,
            @AuthenticationPrincipal SignedInPerson me,
            RedirectAttributes redirect) {
        var organisation = webhooks.officerOf(id, me);
        webhooks.test(organisation, webhook);
        redirect.addFlashAttribute("notice", "api.webhook.testQueued");
        return "redirect:/api/organisations/" + id + "/webhooks/" + webhook + "/deliveries";
    }

    private String page(Organisation organisation, WebhookForm form, BindingResult errors, Model model) {
        model.addAttribute("organisation", organisation);
        model.addAttribute("webhooks", webhooks.of(organisation));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("events", WebhookService.EVENTS);
        return "api/webhooks";
    }
}
