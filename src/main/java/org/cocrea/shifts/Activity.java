package org.cocrea.shifts;

import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;
import org.cocrea.platform.SafeHtml;

/** A volunteer activity: what is done, the briefing and safety notes, the skills wanted, whether minors may join. */
public record Activity(
        long id,
        long toolInstanceId,
        String title,
        String description,
        String briefing,
        String safety,
        String skills,
        boolean minorsAllowed,
        OffsetDateTime updatedAt) {

    public SafeHtml descriptionHtml() {
        return Markdown.toSafeHtml(description);
    }

    public SafeHtml briefingHtml() {
        return Markdown.toSafeHtml(briefing);
    }

    public SafeHtml safetyHtml() {
        return Markdown.toSafeHtml(safety);
    }
}
