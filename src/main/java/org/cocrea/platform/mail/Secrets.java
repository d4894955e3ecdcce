package org.cocrea.platform.mail;

import java.util.regex.Pattern;

/**
 * Hides the security tokens in a mail (sign-in, reset, verification and invitation links carry 32 random bytes,
 * 43 characters of URL-safe Base64), so that nobody but the addressee sees them: not the log, not an
 * administrator reading the dev mailbox (issue 11, finding 4).
 */
public final class Secrets {
    /** Longer than any word of a mail's text; as long as any token Cocrea issues. */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{32,}");

    static final String HIDDEN = "[hidden]";

    private Secrets() {}

    public static String mask(String text) {
        return text == null ? null : TOKEN.matcher(text).replaceAll(HIDDEN);
    }
}
