package org.cocrea.platform;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;

/** Remembers a language for this browser: in the session and, for visitors, in a long-lived cookie. */
public final class ChosenLanguage {
    public static final String SESSION_ATTRIBUTE = "cocrea.language";
    public static final String COOKIE = "cocrea_lang";

    private ChosenLanguage() {}

    public static void remember(HttpServletRequest request, HttpServletResponse response, Language language) {
        request.getSession().setAttribute(SESSION_ATTRIBUTE, language.code());
        Cookie cookie = new Cookie(COOKIE, language.code());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }
}
