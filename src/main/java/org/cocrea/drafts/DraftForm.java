package org.cocrea.drafts;

/** A document's title and working text as typed, and the edition of the text the form was made from. */
public record DraftForm(String title, String text, String edition) {
    static DraftForm empty() {
        return new DraftForm("", "", "");
    }

    static DraftForm of(Document d) {
        return new DraftForm(d.title(), d.workingText() == null ? "" : d.workingText(), String.valueOf(d.edition()));
    }
}
