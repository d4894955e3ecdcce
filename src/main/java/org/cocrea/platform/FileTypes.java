package org.cocrea.platform;

import java.util.Optional;

/**
 * What an uploaded file really is, from its first bytes ("magic bytes"): a file's name and the browser's claimed
 * type are not trusted. Shared by the ideas tool's attachments and {@link Images}.
 */
public final class FileTypes {
    public static final String PNG = "image/png";
    public static final String JPEG = "image/jpeg";
    public static final String WEBP = "image/webp";
    public static final String PDF = "application/pdf";

    private FileTypes() {}

    /** The content type of a PNG, JPEG, WebP or PDF file, or empty for anything else. */
    public static Optional<String> sniff(byte[] bytes) {
        if (starts(bytes, 0, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return Optional.of(PNG);
        }
        if (starts(bytes, 0, 0xFF, 0xD8, 0xFF)) {
            return Optional.of(JPEG);
        }
        if (starts(bytes, 0, 'R', 'I', 'F', 'F') && starts(bytes, 8, 'W', 'E', 'B', 'P')) {
            return Optional.of(WEBP);
        }
        if (starts(bytes, 0, '%', 'P', 'D', 'F', '-')) {
            return Optional.of(PDF);
        }
        return Optional.empty();
    }

    /** Whether the type is one of the images {@link Images} accepts. */
    public static boolean isImage(String contentType) {
        return PNG.equals(contentType) || JPEG.equals(contentType) || WEBP.equals(contentType);
    }

    private static boolean starts(byte[] bytes, int offset, int... expected) {
        if (bytes == null || bytes.length < offset + expected.length) {
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
