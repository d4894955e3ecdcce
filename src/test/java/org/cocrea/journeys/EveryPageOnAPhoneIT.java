package org.cocrea.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cocrea.testing.BrowserTest;
import org.cocrea.testing.Demo;
import org.cocrea.testing.ServerTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;

/**
 * Issue 14 ("Phones"): every page a person can reach in the demo, as each kind of person, fits a 375 px phone — the
 * page never scrolls sideways (a wide table scrolls inside its own box instead).
 *
 * <p>The test crawls like a reader: from the home page and the pages in the navigation it follows every same-origin
 * link (GET only: it never sends a form), skipping downloads and sign-out. So that it stays within a few minutes, it
 * visits each route template (the path with its numbers replaced, plus the names of its query parameters) at most
 * {@link #PER_TEMPLATE} times (every initiative page, though: each leads to its own tools) and at most
 * {@link #PER_PERSON} pages per person, always preferring a template not seen yet, so every distinct route reachable by
 * that person is covered before a second page of any. Each page too wide
 * is listed with the elements that stick out, and its screenshot is kept under {@code target/phone-screenshots/}
 * ({@code -Dphone.screenshots.all=true} keeps one of every page visited, to look the phone layout over).
 */
@ServerTest
class EveryPageOnAPhoneIT extends BrowserTest {
    private static final int PHONE_WIDTH = 375;
    private static final int PER_TEMPLATE = 1;
    private static final int PER_PERSON = 90;
    private static final List<String> STARTS = List.of("/", "/initiatives", "/typology", "/petitions");
    /** Downloads, machine-readable answers and files: not pages. */
    private static final Pattern NOT_A_PAGE = Pattern.compile(
            "^/(logout|language|api/|css/|js/|img/|webjars/|openapi)|/attachments/|/images?/|/photo"
                    + "|\\.(json|pdf|csv|pb|xml|yaml|txt|png|jpe?g|webp|svg|ics|zip)$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern NUMBER = Pattern.compile("/\\d+(?=/|$)");
    private static final Pattern TOKEN = Pattern.compile("/[A-Za-z0-9_-]{20,}(?=/|$)");
    /** The smallest text of each server-drawn chart (an svg with a viewBox and text) on the page, when under 12 px. */
    private static final String SMALL_CHART_TEXT = "var out = [];"
            + "document.querySelectorAll('svg[viewBox]').forEach(svg => {"
            + "  var box = svg.getBoundingClientRect(); if (box.width === 0) return;"
            + "  var scale = box.width / svg.viewBox.baseVal.width, least = null;"
            + "  svg.querySelectorAll('text').forEach(t => {"
            + "    var px = parseFloat(getComputedStyle(t).fontSize) * scale;"
            + "    if (least === null || px < least) least = px; });"
            + "  if (least !== null && least < 12) out.push((svg.getAttribute('class') || 'svg') + ' ' + least.toFixed(1) + ' px'); });"
            + "return out.length ? out.join(', ') : null;";

    /** How far the page is wider than its layout viewport (see {@link #overflow}). */
    private static final String OVERFLOW =
            "document.documentElement.scrollWidth - Math.min(window.innerWidth, document.documentElement.clientWidth)";

    private static final Path SCREENSHOTS = Path.of("target", "phone-screenshots");

    static Stream<String> people() {
        return Stream.of(
                "anonymous",
                Demo.ADMIN,
                Demo.SOCIAL_WORKER,
                Demo.TEACHER,
                Demo.PARKS_OFFICER,
                Demo.CITIZEN,
                Demo.PARENT,
                Demo.VOLUNTEER);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("people")
    void noPageScrollsSidewaysAt375Px(String person) throws IOException {
        if (!person.equals("anonymous")) {
            signIn(person);
        }
        org.cocrea.testing.Screens.narrow(browser, new Dimension(PHONE_WIDTH, 800));
        assertThat(script("return window.innerWidth"))
                .as("the window is a phone's")
                .isEqualTo((long) PHONE_WIDTH);

        Set<String> pending = new LinkedHashSet<>(STARTS);
        Set<String> seen = new LinkedHashSet<>(STARTS);
        Map<String, Integer> visitsPerTemplate = new HashMap<>();
        List<String> tooWide = new ArrayList<>();
        List<String> smallChartText = new ArrayList<>();
        Set<String> visited = new TreeSet<>();
        while (!pending.isEmpty() && visited.size() < PER_PERSON) {
            String path = next(pending, visitsPerTemplate);
            if (path == null) {
                break;
            }
            pending.remove(path);
            visitsPerTemplate.merge(template(path), 1, Integer::sum);
            open(path);
            // One round trip per page: what it is, how far it sticks out, its small chart text and its links.
            Map<String, Object> page = look();
            if (!"text/html".equals(page.get("type"))) {
                continue;
            }
            visited.add(path);
            long overflow = (Long) page.get("overflow");
            if (Boolean.getBoolean("phone.screenshots.all")) {
                screenshot(person, path);
            }
            if (overflow > 0) {
                tooWide.add(path + " is " + overflow + " px too wide; sticking out: " + sticking() + "; screenshot "
                        + screenshot(person, path));
            }
            Object small = page.get("small");
            if (small != null) {
                smallChartText.add(path + ": " + small);
            }
            for (String link : links(page)) {
                if (seen.add(link)) {
                    pending.add(link);
                }
            }
        }
        System.out.printf(
                "%s at %d px: %d pages, %d route templates: %s%n",
                person,
                PHONE_WIDTH,
                visited.size(),
                visitsPerTemplate.size(),
                new TreeSet<>(visitsPerTemplate.keySet()));
        // Reported, not yet failed on: charts are drawn by their modules' code, which issue 14 asks to lay out for
        // phones (labels of 12 px or more); this list tells which still do not.
        smallChartText.forEach(line -> System.out.println("  chart text under 12 px at 375 px: " + line));
        // The check itself: the last page, made wider than the phone on purpose, is found too wide.
        script("var d = document.createElement('div'); d.style.width = '" + (PHONE_WIDTH + 200) + "px';"
                + " d.style.height = '1px'; document.body.appendChild(d);");
        assertThat(overflow())
                .as("a page made too wide on purpose is seen as too wide")
                .isPositive();
        assertThat(visited)
                .as("pages visited as " + person)
                .hasSizeGreaterThanOrEqualTo(person.equals("anonymous") ? 8 : 12);
        assertThat(tooWide)
                .as(
                        "pages wider than a %d px phone, as %s (of %d visited: %s)",
                        PHONE_WIDTH, person, visited.size(), visited)
                .isEmpty();
    }

    /**
     * How much wider than the window the page is: positive when it scrolls sideways. Measured against the layout
     * viewport ({@code clientWidth}), which is the window less a classic scroll bar where the browser draws one, so
     * a page that only a phone's overlay scroll bar would hide is caught too.
     */
    private long overflow() {
        return (Long) script("return " + OVERFLOW);
    }

    /** The first waiting page of a template not visited yet; else the first whose template may be visited again. */
    private static String next(Set<String> pending, Map<String, Integer> visitsPerTemplate) {
        String again = null;
        for (String path : pending) {
            String template = template(path);
            int visits = visitsPerTemplate.getOrDefault(template, 0);
            if (visits == 0) {
                return path;
            }
            // Every initiative page the person may open: each leads to its own tools.
            if (again == null && (visits < PER_TEMPLATE || template.equals("/initiatives/{n}"))) {
                again = path;
            }
        }
        return again;
    }

    /** {@code /initiatives/12/factors?page=2} → {@code /initiatives/{n}/factors?page}. */
    static String template(String path) {
        int question = path.indexOf('?');
        String route = question < 0 ? path : path.substring(0, question);
        route = TOKEN.matcher(NUMBER.matcher(route).replaceAll("/{n}")).replaceAll("/{token}");
        if (question < 0) {
            return route;
        }
        var names = new TreeSet<String>();
        for (String pair : path.substring(question + 1).split("&")) {
            names.add(pair.split("=", 2)[0]);
        }
        return route + "?" + String.join("&", names);
    }

    /**
     * The page as the crawl reads it, in one script: its content type, {@link #OVERFLOW}, {@link #SMALL_CHART_TEXT} and
     * its same-origin links that are not downloads.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Object> look() {
        return (Map<String, Object>) script("return {type: document.contentType,"
                + " overflow: (function () { return " + OVERFLOW + "; })(),"
                + " small: (function () { " + SMALL_CHART_TEXT + " })(),"
                + " links: Array.from(document.querySelectorAll('a[href]'))"
                + ".filter(a => !a.hasAttribute('download') && a.origin === location.origin)"
                + ".map(a => a.pathname + a.search)};");
    }

    /** The same-origin links of the page that lead to pages: path and query, without the fragment. */
    @SuppressWarnings("unchecked")
    private static List<String> links(Map<String, Object> page) {
        return ((List<String>) page.get("links"))
                .stream()
                        .filter(href -> !NOT_A_PAGE
                                .matcher(URI.create(href.replace(" ", "%20")).getPath())
                                .find())
                        .toList();
    }

    /** The elements whose right edge passes the window's, outermost first: where to look. */
    private Object sticking() {
        return script("var w = window.innerWidth, out = [];"
                + "document.querySelectorAll('body *').forEach(e => {"
                + "  var r = e.getBoundingClientRect();"
                + "  if (r.right > w + 1 && !out.some(o => o.contains(e))) out.push(e); });"
                + "return out.slice(0, 4).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '')"
                + "  + (e.className && typeof e.className === 'string' ? '.' + e.className.trim().replace(/\\s+/g, '.') : '')"
                + "  + ' (' + Math.round(e.getBoundingClientRect().right) + ' px)').join(', ');");
    }

    /** The whole page (the window made as tall as the page, up to 8000 px, then put back), as a phone shows it. */
    private Path screenshot(String person, String path) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        String name = (person + path).replaceAll("[^A-Za-z0-9.-]+", "_") + ".png";
        Path target = SCREENSHOTS.resolve(name);
        long height = (Long) script("return document.documentElement.scrollHeight");
        var window = browser.manage().window();
        org.cocrea.testing.Screens.narrow(browser, new Dimension(PHONE_WIDTH, (int)
                Math.min(Math.max(height + 120, 800), 8000)));
        try {
            Files.copy(
                    ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(),
                    target,
                    StandardCopyOption.REPLACE_EXISTING);
        } finally {
            org.cocrea.testing.Screens.narrow(browser, new Dimension(PHONE_WIDTH, 800));
        }
        return target;
    }

    private Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }
}
