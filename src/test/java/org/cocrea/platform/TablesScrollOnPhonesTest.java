package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Accessibility review at 375 px (axe rule scrollable-region-focusable, serious): a table wider than a phone must sit
 * directly in a scrolling box a keyboard can reach and a screen reader can name, the one shape used everywhere:
 *
 * <pre>{@code
 * <div class="table-wrap" role="region" aria-labelledby="x-caption" tabindex="0">
 * <table>
 *     <caption id="x-caption">…</caption>
 * }</pre>
 *
 * Read from the template sources, so a new table without its wrapper fails here in milliseconds, naming file and line,
 * instead of only in a browser test at phone width.
 */
class TablesScrollOnPhonesTest {
    static final Path TEMPLATES = Path.of("src/main/jte");

    static final Pattern TABLE = Pattern.compile("<table\\b");
    static final Pattern ATTRIBUTE = Pattern.compile("([a-zA-Z][\\w-]*)=\"([^\"]*)\"");

    @Test
    void everyTableSitsDirectlyInAFocusableNamedScrollingRegion() throws IOException {
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates =
                    files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
        var problems = new ArrayList<String>();
        int tables = 0;
        for (Path template : templates) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            tables += (int) TABLE.matcher(text).results().count();
            problems.addAll(problems(TEMPLATES.relativize(template).toString(), text));
        }
        // Guards against a vacuous pass (templates moved, pattern broken): the tables known on the day of the review.
        assertThat(tables).as("tables found under " + TEMPLATES).isGreaterThanOrEqualTo(24);
        assertThat(problems)
                .as("tables that overflow a phone without a keyboard-scrollable, named region")
                .isEmpty();
    }

    /** The checker itself: each way of getting the wrapper wrong is reported, the right shape is not. */
    @Test
    void theCheckerRefusesEachBrokenWrapper() {
        String caption = "<caption id=\"c\">Totals</caption><tr><td>1</td></tr></table>";
        String good = "<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"c\" tabindex=\"0\">\n<table>"
                + caption + "\n</div>";
        assertThat(problems("good.jte", good)).isEmpty();
        assertThat(problems("bare.jte", "<h2>x</h2>\n<table>" + caption))
                .singleElement(org.assertj.core.api.InstanceOfAssertFactories.STRING)
                .startsWith("bare.jte:2 ");
        for (String broken : List.of(
                good.replace(" tabindex=\"0\"", ""),
                good.replace(" role=\"region\"", ""),
                good.replace(" aria-labelledby=\"c\"", ""),
                good.replace("aria-labelledby=\"c\"", "aria-labelledby=\"elsewhere\""),
                good.replace("class=\"table-wrap\"", "class=\"scroll\""),
                good.replace("<caption id=\"c\">Totals</caption>", ""),
                good.replace("\n</div>", "\n<p>after</p></div>"),
                good.replace("\n<table>", "\n<p>before</p>\n<table>"))) {
            assertThat(problems("broken.jte", broken)).as(broken).isNotEmpty();
        }
    }

    /** What is wrong with each table of one template, as "file:line what". */
    static List<String> problems(String name, String text) {
        var problems = new ArrayList<String>();
        Map<String, Integer> ids = ids(text);
        Matcher table = TABLE.matcher(text);
        while (table.find()) {
            String where = name + ":" + line(text, table.start()) + " ";
            Map<String, String> wrapper = openingTagBefore(text, table.start());
            if (wrapper == null) {
                problems.add(where + "<table> is not directly inside a <div class=\"table-wrap\" role=\"region\" …>");
                continue;
            }
            if (!List.of(wrapper.getOrDefault("class", "").split("\\s+")).contains("table-wrap")) {
                problems.add(where + "wrapper lacks class=\"table-wrap\", the box that scrolls sideways");
            }
            if (!"region".equals(wrapper.get("role"))) {
                problems.add(where + "wrapper lacks role=\"region\"");
            }
            if (!"0".equals(wrapper.get("tabindex"))) {
                problems.add(where + "wrapper lacks tabindex=\"0\", so a keyboard cannot scroll it");
            }
            int end = text.indexOf("</table>", table.start());
            String body = end < 0 ? text.substring(table.start()) : text.substring(table.start(), end);
            String labelledBy = wrapper.getOrDefault("aria-labelledby", "").strip();
            String label = wrapper.getOrDefault("aria-label", "").strip();
            if (labelledBy.isEmpty() && label.isEmpty()) {
                problems.add(where + "wrapper has no accessible name (aria-labelledby the caption)");
            } else if (!labelledBy.isEmpty()) {
                if (!labelledBy.contains("${") && ids.getOrDefault(labelledBy, 0) != 1) {
                    problems.add(where + "aria-labelledby=\"" + labelledBy + "\" names an id found "
                            + ids.getOrDefault(labelledBy, 0) + " times in the template, not once");
                } else if (!Pattern.compile("<caption\\b[^>]*\\bid=\"" + Pattern.quote(labelledBy) + "\"")
                        .matcher(body)
                        .find()) {
                    problems.add(where + "aria-labelledby=\"" + labelledBy + "\" is not this table's caption");
                }
            }
            if (!Pattern.compile("^<table\\b[^>]*>\\s*<caption\\b")
                    .matcher(body)
                    .find()) {
                problems.add(where + "table has no <caption> as its first child");
            }
            if (end < 0
                    || !text.substring(end + "</table>".length()).stripLeading().startsWith("</div>")) {
                problems.add(where + "</table> is not directly followed by the wrapper's </div>");
            }
        }
        return problems;
    }

    /** Attributes of the tag just before {@code at} if it is an opening {@code <div>} (only blanks between), else null. */
    static Map<String, String> openingTagBefore(String text, int at) {
        String before = text.substring(0, at).stripTrailing();
        if (!before.endsWith(">")) {
            return null;
        }
        int open = before.lastIndexOf('<');
        String tag = before.substring(open);
        if (!tag.startsWith("<div") || !(Character.isWhitespace(tag.charAt(4)) || tag.charAt(4) == '>')) {
            return null;
        }
        var attributes = new HashMap<String, String>();
        Matcher a = ATTRIBUTE.matcher(tag);
        while (a.find()) {
            attributes.put(a.group(1), a.group(2));
        }
        return attributes;
    }

    static Map<String, Integer> ids(String text) {
        var ids = new HashMap<String, Integer>();
        Matcher id = Pattern.compile("\\bid=\"([^\"]*)\"").matcher(text);
        while (id.find()) {
            ids.merge(id.group(1), 1, Integer::sum);
        }
        return ids;
    }

    static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
