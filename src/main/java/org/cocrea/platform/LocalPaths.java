package org.cocrea.platform;

/** Guards redirects against leaving the site (open redirects). */
public final class LocalPaths {
    private LocalPaths() {}

    public static String orHome(String path) {
        if (path == null
                || !path.startsWith("/")
                || path.startsWith("//")
                || path.contains("\\")
                || path.chars().anyMatch(Character::isISOControl)
                || path.length() > 500) {
            return "/";
        }
        return path;
    }
}
