package org.cocrea.drafts;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.platform.Refused;

/**
 * A document's working text read as sections and paragraphs: a line starting with {@code #} opens a section
 * (its title is the rest of the line), blank lines separate paragraphs; text before the first heading is a
 * section without a title. Limits are checked here, so a document that could not be published is refused with
 * a message before anything is stored.
 */
record Outline(List<Section> sections) {
    static final int MAX_TEXT = 600_000;
    static final int MAX_PARAGRAPH = 10_000;
    static final int MAX_PARAGRAPHS = 500;
    static final int MAX_SECTIONS = 50;
    static final int MAX_TITLE = 200;

    record Section(String title, List<String> paragraphs) {}

    /** Checks the length of a working text being saved (not yet its structure). */
    static String checkedText(String text, String field) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.length() > MAX_TEXT) {
            throw new Refused(field, "drafts.text.tooLong", MAX_TEXT);
        }
        return t;
    }

    static Outline parse(String text, String field) {
        String t = checkedText(text, field);
        var sections = new ArrayList<Section>();
        String title = "";
        var paragraphs = new ArrayList<String>();
        var paragraph = new StringBuilder();
        int count = 0;
        for (String line : t.split("\n", -1)) {
            if (line.startsWith("#")) {
                count += flush(paragraph, paragraphs, field);
                if (!paragraphs.isEmpty() || !title.isEmpty()) {
                    sections.add(new Section(title, List.copyOf(paragraphs)));
                }
                paragraphs.clear();
                title = line.replaceFirst("^#+", "").strip();
                if (title.length() > MAX_TITLE) {
                    throw new Refused(field, "drafts.text.sectionTooLong", MAX_TITLE);
                }
            } else if (line.isBlank()) {
                count += flush(paragraph, paragraphs, field);
            } else {
                paragraph.append(paragraph.isEmpty() ? "" : "\n").append(line.stripTrailing());
            }
        }
        count += flush(paragraph, paragraphs, field);
        if (!paragraphs.isEmpty() || !title.isEmpty()) {
            sections.add(new Section(title, List.copyOf(paragraphs)));
        }
        sections.removeIf(s -> s.paragraphs().isEmpty());
        if (count == 0) {
            throw new Refused(field, "drafts.text.empty");
        }
        if (count > MAX_PARAGRAPHS) {
            throw new Refused(field, "drafts.text.tooManyParagraphs", MAX_PARAGRAPHS);
        }
        if (sections.size() > MAX_SECTIONS) {
            throw new Refused(field, "drafts.text.tooManySections", MAX_SECTIONS);
        }
        return new Outline(List.copyOf(sections));
    }

    private static int flush(StringBuilder paragraph, List<String> paragraphs, String field) {
        if (paragraph.isEmpty()) {
            return 0;
        }
        if (paragraph.length() > MAX_PARAGRAPH) {
            throw new Refused(field, "drafts.paragraph.tooLong", MAX_PARAGRAPH);
        }
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
        return 1;
    }

    /** A paragraph as typed in an amendment: one paragraph, within the length limit. */
    static String paragraph(String text, String field) {
        String t = text == null ? "" : text.replace("\r\n", "\n").strip();
        if (t.length() > MAX_PARAGRAPH) {
            throw new Refused(field, "drafts.paragraph.tooLong", MAX_PARAGRAPH);
        }
        if (t.isEmpty()) {
            throw new Refused(field, "drafts.paragraph.empty");
        }
        t = t.replaceAll("\n[ \t]*\n+", "\n"); // one paragraph: blank lines would make several
        if (t.lines().anyMatch(l -> l.startsWith("#"))) {
            throw new Refused(field, "drafts.paragraph.heading");
        }
        return t;
    }
}
