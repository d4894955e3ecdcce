package org.cocrea.plans.privacy;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cocrea.platform.Language;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.platform.Ui;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;

/**
 * A proxy without the citizen's consent (or an emergency access without the export) learns why they cannot act for the citizen (they are a member of the
 * initiative, so the plan's existence is no secret to them), with nothing stored. An exception handler gets
 * no model attributes, so the page's {@link Ui} is made here.
 */
@ControllerAdvice(basePackages = "org.cocrea.plans")
class PlanPrivacyAdvice {
    private final MessageSource messages;

    PlanPrivacyAdvice(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(ConsentRequired.class)
    String consentRequired(ConsentRequired e, HttpServletRequest request, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_FORBIDDEN);
        model.addAttribute("ui", ui(request));
        model.addAttribute("instanceId", e.instanceId());
        model.addAttribute("message", e.message());
        return "plans/consent-required";
    }

    private Ui ui(HttpServletRequest request) {
        var csrf = request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token
                ? new Ui.Csrf(token.getParameterName(), token.getToken())
                : null;
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        var person = authentication != null && authentication.getPrincipal() instanceof SignedInPerson p ? p : null;
        return new Ui(
                messages, Language.of(LocaleContextHolder.getLocale()), csrf, person, request.getRequestURI(), null);
    }
}
