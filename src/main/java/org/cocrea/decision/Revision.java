package org.cocrea.decision;

import java.time.OffsetDateTime;
import org.cocrea.platform.Markdown;
import org.cocrea.platform.SafeHtml;

/** (Public because the precompiled templates read it.) One text the proposal had, with the facilitator's note. */
public record Revision(int revision, String title, String body, String note, OffsetDateTime revisedAt) {
    public SafeHtml bodyHtml() {
        return Markdown.toSafeHtml(body);
    }
}
