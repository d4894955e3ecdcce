package org.cocrea.platform;

/**
 * HTML that templates may print raw ({@code $unsafe{x.html()}}): only the Markdown sanitiser of this package can make
 * one, so every other value a template prints is escaped. {@code RawOutputOnlyForSafeHtmlTest} fails on any other raw
 * output, so a forgotten escape cannot get past the build. (A final class, not a record, because a record's
 * constructor would have to be public.)
 */
public final class SafeHtml {
    static final SafeHtml EMPTY = new SafeHtml("");

    private final String html;

    /** Package-private on purpose: the caller vouches that {@code html} is already sanitised. */
    SafeHtml(String html) {
        this.html = java.util.Objects.requireNonNull(html);
    }

    /** The sanitised HTML, to be printed as it is. */
    public String html() {
        return html;
    }

    public boolean isEmpty() {
        return html.isEmpty();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SafeHtml that && html.equals(that.html);
    }

    @Override
    public int hashCode() {
        return html.hashCode();
    }

    @Override
    public String toString() {
        return html;
    }
}
