package org.cocrea.ideas;

/** An attachment's description, without its bytes. */
public record Attachment(long id, long ideaId, String fileName, String contentType, int sizeBytes) {
    public boolean image() {
        return contentType.startsWith("image/");
    }

    public String size() {
        return sizeBytes < 1024
                ? sizeBytes + " B"
                : sizeBytes < 1024 * 1024
                        ? (sizeBytes / 1024) + " KB"
                        : String.format(java.util.Locale.ROOT, "%.1f MB", sizeBytes / (1024.0 * 1024.0));
    }
}
