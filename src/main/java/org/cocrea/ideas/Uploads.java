package org.cocrea.ideas;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * What an uploaded file really is, from its first bytes: the name and the browser's claimed type are not
 * trusted. The file's extension must also agree, so that a download is saved with a name that matches it.
 */
final class Uploads {
    static final int MAX_BYTES = 5 * 1024 * 1024;
    static final int MAX_FILES = 5;

    private Uploads() {}

    /** The content type of an accepted file, or empty when the bytes are not a PNG, JPEG, WebP or PDF. */
    static Optional<String> sniff(byte[] bytes) {
        return org.cocrea.platform.FileTypes.sniff(bytes);
    }

    /** Whether the file name's extension is one of those of {@code contentType}. */
    static boolean extensionMatches(String fileName, String contentType) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        var extensions = switch (contentType) {
            case "image/png" -> new String[] {".png"};
            case "image/jpeg" -> new String[] {".jpg", ".jpeg"};
            case "image/webp" -> new String[] {".webp"};
            case "application/pdf" -> new String[] {".pdf"};
            default -> new String[0];
        };
        return Arrays.stream(extensions).anyMatch(name::endsWith);
    }

    /** A name safe to store and to send back in a header: the last path segment, plain characters only. */
    static String safeName(String fileName) {
        String name = fileName == null ? "" : fileName;
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("[^\\p{L}\\p{N}._ -]", "_").trim();
        if (name.length() > 100) {
            name = name.substring(name.length() - 100);
        }
        return name.isEmpty() || name.startsWith(".") ? "file" + name : name;
    }
}
