package org.cocrea.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.platform.ChosenLanguage;
import org.cocrea.platform.Language;
import org.cocrea.platform.LanguageChosen;
import org.cocrea.platform.LocalPaths;
import org.cocrea.platform.SignedInPerson;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The language switch present on every page; a plain form, so it works without JavaScript. */
@Controller
class LanguageController {
    private final ApplicationEventPublisher events;

    LanguageController(ApplicationEventPublisher events) {
        this.events = events;
    }

    @PostMapping("/language")
    String choose(
            @RequestParam(name = "lang", required = false) String code,
            @RequestParam(name = "return", required = false) String returnTo,
            @AuthenticationPrincipal Object principal,
            HttpServletRequest request,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        if (returnTo != null && (returnTo.contains("{") || returnTo.contains("}"))) {
            // No page of Cocrea has braces in its path: this is a crafted request (issue 11, finding 11), refused as
            // such rather than silently sent home.
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
        }
        var language = Language.fromCode(code);
        if (language.isEmpty()) {
            redirect.addFlashAttribute("notice", "language.unknown");
        } else {
            ChosenLanguage.remember(request, response, language.get());
            if (principal instanceof SignedInPerson person) {
                events.publishEvent(new LanguageChosen(person.personId(), language.get()));
            }
        }
        return "redirect:" + LocalPaths.orHome(returnTo);
    }
}
