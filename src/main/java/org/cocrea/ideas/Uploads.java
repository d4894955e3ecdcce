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
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of("image/png");
        }
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of("image/jpeg");
        }
        if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of("image/webp");
        }
        if (starts(bytes, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of("application/pdf");
        }
        return Optional.empty();
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

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes.length < offset + expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[offset + i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }
}
