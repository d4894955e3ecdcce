package org.cocrea.drafts;

/** An amendment as typed: its kind, new text, reason, and the paragraph text (id) it was written against. */
public record AmendmentForm(String kind, String body, String reason, String base) {
    static AmendmentForm against(Item item) {
        return new AmendmentForm(Amendment.REPLACE, item.body(), "", String.valueOf(item.textId()));
    }

    AmendmentForm withBase(long textId) {
        return new AmendmentForm(kind, body, reason, String.valueOf(textId));
    }
}
