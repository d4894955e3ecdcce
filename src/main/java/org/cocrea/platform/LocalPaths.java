package org.cocrea.platform;

/**
 * Guards redirects against leaving the site (open redirects) and against paths no page of the site has: a
 * {@code {...}} would be read as a URI template variable by the redirect view and fail (issue 11, finding 11).
 */
public final class LocalPaths {
    private LocalPaths() {}

    public static String orHome(String path) {
        if (path == null
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.contains("{")
                || path.contains("}")
                || path.chars().anyMatch(Character::isISOControl)
                || path.length() > 500) {
            return "/";
        }
        return path;
    }
}
