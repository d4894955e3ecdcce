package org.cocrea.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import org.cocrea.platform.Inbox;
import org.cocrea.platform.Language;
import org.cocrea.platform.SignedInPerson;
import org.cocrea.platform.Ui;
import org.cocrea.platform.mail.MailSettings;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Gives every page its {@link Ui}. */
@ControllerAdvice
class UiAdvice {
    private final UiFactory factory;

    UiAdvice(UiFactory factory) {
        this.factory = factory;
    }

    @ModelAttribute("ui")
    Ui ui(HttpServletRequest request) {
        return factory.create(request);
    }

    @Component
    static class UiFactory {
        private final MessageSource messages;
        private final CocreaLocaleResolver locales;
        private final MailSettings mail;
        private final ObjectProvider<Inbox> inbox;
        private final java.time.ZoneId zone;
        private final org.cocrea.platform.CocreaSettings.Maps map;

        UiFactory(
                MessageSource messages,
                CocreaLocaleResolver locales,
                MailSettings mail,
                ObjectProvider<Inbox> inbox,
                org.cocrea.platform.CocreaSettings settings) {
            this.zone = settings.timeZone();
            this.map = settings.map();
            this.messages = messages;
            this.locales = locales;
            this.mail = mail;
            this.inbox = inbox;
        }

        Ui create(HttpServletRequest request) {
            Language language = locales.resolve(request);
            var flash = RequestContextUtils.getInputFlashMap(request);
            String notice = flash == null ? null : (String) flash.get("notice");
            SignedInPerson person = person();
            var ui = new Ui(messages, language, csrf(request), person, pathOf(request), notice, mail.devMailbox())
                    .inZone(zone)
                    .withMap(map);
            Inbox counter = inbox.getIfAvailable();
            if (person != null && counter != null) {
                ui.unreadFrom(() -> counter.unread(person.personId()));
            }
            return ui;
        }

        private static Ui.Csrf csrf(HttpServletRequest request) {
            if (request.getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
                return new Ui.Csrf(token.getParameterName(), token.getToken());
            }
            return null;
        }

        private static SignedInPerson person() {
            var authentication = SecurityContextHolder.getContext().getAuthentication();
            if (authentication != null && authentication.getPrincipal() instanceof SignedInPerson person) {
                return person;
            }
            return null;
        }

        private static String pathOf(HttpServletRequest request) {
            String uri = request.getRequestURI();
            String query = request.getQueryString();
            return query == null ? uri : uri + "?" + query;
        }
    }
}
