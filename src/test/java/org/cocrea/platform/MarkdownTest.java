package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkdownTest {

    @Test
    void rendersTheUsualMarkdown() {
        assertThat(Markdown.toSafeHtml(
                                "## Piano\n\n*importante* e **urgente**\n\n- uno\n- due\n\n[link](https://example.org)")
                        .html())
                .contains("<h2>Piano</h2>")
                .contains("<em>importante</em>")
                .contains("<strong>urgente</strong>")
                .contains("<li>uno</li>")
                .contains("href=\"https://example.org\"");
    }

    @Test
    void neverLetsScriptsThrough() {
        String html = Markdown.toSafeHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
                        + "[click](javascript:alert(1))\n\n<a href=\"#\" onclick=\"alert(1)\">x</a>")
                .html();
        var document = org.jsoup.Jsoup.parseBodyFragment(html);
        assertThat(document.select("script, img, iframe, style")).isEmpty();
        assertThat(document.getAllElements())
                .allSatisfy(element -> assertThat(element.attributes().asList())
                        .noneMatch(
                                a -> a.getKey().startsWith("on") || a.getValue().contains("javascript:")));
        assertThat(html).contains("&lt;script&gt;");
    }

    @Test
    void emptyInputGivesEmptyOutput() {
        assertThat(Markdown.toSafeHtml(null).html()).isEmpty();
        assertThat(Markdown.toSafeHtml("   ").html()).isEmpty();
    }
}
