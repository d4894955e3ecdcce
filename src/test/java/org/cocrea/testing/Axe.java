package org.cocrea.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebDriver;

/**
 * axe-core on the page a journey shows, at the width the journey runs at and again at a phone's width (375 px),
 * where the navigation and tables lay out differently.
 *
 * <p>The policy, all of it here:
 *
 * <ul>
 *   <li>A <em>violation</em> of impact moderate, serious or critical fails the test. Minor ones, axe's
 *       lowest impact, are left out.
 *   <li>An <em>incomplete</em> result (axe could not decide, and a person should look: a contrast over a
 *       background image, say) of the same impacts fails too, unless its rule and the element it points at are
 *       listed in {@link #ACCEPTED} with the reason a person checked and accepted it. An entry is scoped by a
 *       pattern on the element it points at, so a new case of the same rule on other elements still fails.
 *   <li>No rule is switched off: there is no {@code disableRules} and no exception for violations, only for
 *       results axe itself leaves undecided.
 * </ul>
 */
public final class Axe {
    private static final Set<String> FAILING_IMPACTS = Set.of("moderate", "serious", "critical");
    private static final Dimension PHONE = new Dimension(375, 800);

    /**
     * An undecided result a person checked: the rule, the elements it covers (a pattern on the element's HTML as
     * axe reports it, its opening tag first), and why it is fine.
     */
    record Accepted(String rule, Pattern element, String why) {
        boolean covers(Rule result, CheckedNode node) {
            return rule.equals(result.getId())
                    && node.getHtml() != null
                    && element.matcher(node.getHtml()).find();
        }
    }

    /** The one list of accepted undecided results. Keep each entry as narrow as the case it accepts. */
    static final List<Accepted> ACCEPTED = List.of(
            new Accepted(
                    "color-contrast",
                    Pattern.compile("^<text\\b[^>]*class=\"(hull-label|me-label)\""),
                    "The opinion map's group letters and \"you are here\" (opinions.css): ink #1a1a1a, 15 px bold,"
                            + " drawn over the points with a 4 px white halo (paint-order: stroke), so the text is"
                            + " always on white, 17:1; axe sees the points under the svg text and cannot tell. The"
                            + " groups and the reader's own group are also in the table under the map."),
            new Accepted(
                    "color-contrast",
                    Pattern.compile("^<textarea\\b"),
                    "axe-core 4.10 cannot find the background of any textarea and calls it 'partially obscured' even"
                            + " alone on a page (dequelabs/axe-core#4947, fixed after 4.10 by #4968). Every textarea"
                            + " has the one style in cocrea.css: ink #1b2430 on #fff, 15.7:1."),
            new Accepted(
                    "color-contrast",
                    Pattern.compile(
                            "^<text\\b[^>]*class=\"(chart-label|chart-value|heat-label|heat-count heat-text-\\d|axis-label|tick)\""),
                    "Text drawn in the server-made SVG charts: axe takes the svg for an image and cannot find what"
                            + " is behind the text, nor judge a count of one or two digits. Their colours are fixed in"
                            + " the CSS and were checked: labels and values ink (#1b2430/#1f2933/#1d2a33) on the page,"
                            + " 14:1 or more; heatmap counts #10202a on the light cells (8:1 or more) and white on"
                            + " #3f9d63 (3.4:1) and #1f6b3d (6.5:1), at 22 px bold, large text needing 3:1. Every"
                            + " chart's numbers are also in a table next to it."));

    private Axe() {}

    /**
     * Fails when the current page has a violation of moderate impact or above, or an undecided result not
     * accepted in {@link #ACCEPTED}, at the browser's width or at a phone's. The window is put back as it was.
     */
    public static void assertAccessible(WebDriver driver) {
        var window = driver.manage().window();
        Dimension size = window.getSize();
        List<String> problems = new ArrayList<>(problems(driver, size.getWidth() + " px"));
        if (!size.equals(PHONE)) {
            org.cocrea.testing.Screens.narrow(driver, PHONE);
            try {
                problems.addAll(problems(driver, PHONE.getWidth() + " px, phone"));
            } finally {
                window.setSize(size);
            }
        }
        assertThat(problems)
                .as("axe on %s:%n%s", driver.getCurrentUrl(), String.join("\n", problems))
                .isEmpty();
    }

    private static List<String> problems(WebDriver driver, String width) {
        // Legacy mode runs axe.run in the page itself. The default runs axe in every frame and then opens a blank
        // tab to merge the frames' results, which costs half a second more per analysis (measured 1.0-1.5 s against
        // 0.6-0.9 s on the same pages) and changes nothing here: Cocrea's pages have no frames.
        Results results = new AxeBuilder()
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"))
                .setLegacyMode(true)
                .analyze(driver);
        assertThat(((org.openqa.selenium.JavascriptExecutor) driver)
                        .executeScript("return document.querySelectorAll('iframe, frame').length"))
                .as("frames on %s: axe's legacy mode does not look into them", driver.getCurrentUrl())
                .isEqualTo(0L);
        assertThat(results.isErrored())
                .as("axe ran: %s", results.getErrorMessage())
                .isFalse();
        assertThat(results.getPasses()).as("axe ran its rules").isNotEmpty();
        List<String> problems = new ArrayList<>();
        for (Rule rule : results.getViolations()) {
            List<CheckedNode> nodes = rule.getNodes().stream()
                    .filter(node -> failing(node.getImpact() != null ? node.getImpact() : rule.getImpact()))
                    .toList();
            if (!nodes.isEmpty()) {
                problems.add(describe(width, "violation", rule, nodes));
            }
        }
        for (Rule rule : results.getIncomplete()) {
            List<CheckedNode> nodes = rule.getNodes().stream()
                    .filter(node -> failing(node.getImpact() != null ? node.getImpact() : rule.getImpact()))
                    .filter(node -> ACCEPTED.stream().noneMatch(a -> a.covers(rule, node)))
                    .toList();
            if (!nodes.isEmpty()) {
                problems.add(describe(width, "needs review", rule, nodes));
            }
        }
        return problems;
    }

    /** An unknown impact fails: better a look too many than a problem let through. */
    private static boolean failing(String impact) {
        return impact == null || FAILING_IMPACTS.contains(impact);
    }

    private static String describe(String width, String kind, Rule rule, List<CheckedNode> nodes) {
        return "[" + width + "] " + kind + " " + rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp()
                + nodes.stream()
                        .map(node -> "\n    " + node.getTarget() + " "
                                + (node.getFailureSummary() == null
                                        ? ""
                                        : node.getFailureSummary().replace('\n', ' ')))
                        .collect(Collectors.joining());
    }
}
