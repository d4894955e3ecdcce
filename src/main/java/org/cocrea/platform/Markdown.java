package org.cocrea.platform;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

/** Renders user Markdown to a safe subset of HTML: raw HTML is escaped, then the result is cleaned again. */
public final class Markdown {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    private static final Safelist SAFE = Safelist.basic()
            .addTags("h2", "h3", "h4")
            .removeProtocols("a", "href", "ftp")
            .addAttributes("a", "rel");

    private Markdown() {}

    /** The only way to get a {@link SafeHtml}: what templates may print raw has been through this cleaning. */
    public static SafeHtml toSafeHtml(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return SafeHtml.EMPTY;
        }
        String html = RENDERER.render(PARSER.parse(markdown));
        return new SafeHtml(Jsoup.clean(html, SAFE));
    }
}
