package org.cocrea.platform.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Locale;
import org.cocrea.platform.ChosenLanguage;
import org.cocrea.platform.CocreaSettings;
import org.cocrea.platform.Language;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.LocaleResolver;

/**
 * The language of a request: the one chosen in this session (set at sign-in from the person's
 * preference, or by the switch), else the one remembered in a cookie, else the browser's, else the
 * site default.
 */
@Component("localeResolver")
class CocreaLocaleResolver implements LocaleResolver {

    private final Language fallback;

    CocreaLocaleResolver(CocreaSettings settings) {
        this.fallback = settings.defaultLanguage();
    }

    Language resolve(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(ChosenLanguage.SESSION_ATTRIBUTE) instanceof String code) {
            var chosen = Language.fromCode(code);
            if (chosen.isPresent()) {
                return chosen.get();
            }
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (ChosenLanguage.COOKIE.equals(cookie.getName())) {
                    var remembered = Language.fromCode(cookie.getValue());
                    if (remembered.isPresent()) {
                        return remembered.get();
                    }
                }
            }
        }
        if (request.getHeader("Accept-Language") != null) {
            var locales = request.getLocales();
            while (locales.hasMoreElements()) {
                var browser = Language.fromCode(locales.nextElement().getLanguage());
                if (browser.isPresent()) {
                    return browser.get();
                }
            }
        }
        return fallback;
    }

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        return resolve(request).locale();
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        ChosenLanguage.remember(request, response, Language.of(locale));
    }
}
