package org.cocrea.tracking;

/**
 * (Public because the precompiled templates read it.) A progress update as typed: status code, progress in per
 * cent, money spent so far in euros, the reason of a cancellation, what happened, and the photo's alternative text.
 */
public record ProgressForm(String status, String progress, String spent, String reason, String body, String imageAlt) {
    public static ProgressForm of(TrackedResult r) {
        return new ProgressForm(
                r.status().code(),
                String.valueOf(r.progress()),
                r.spent().toPlainString(),
                r.cancelReason() == null ? "" : r.cancelReason(),
                "",
                "");
    }
}
