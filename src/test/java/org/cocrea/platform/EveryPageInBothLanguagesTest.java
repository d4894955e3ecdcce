package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.cocrea.testing.Demo;
import org.cocrea.testing.Site;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Every page reachable in the demo speaks its reader's language in the reader's formats (issue 14, point 4): each
 * kind of demo person ({@link Demo#EVERYONE}) follows the links from the entry pages ({@link Site}) once in Italian
 * and once in English, and no page may show, in the text people read,
 *
 * <ul>
 *   <li>a message key instead of its text ({@code budget.ballot.hint}),
 *   <li>in Italian, an English word from {@link #ENGLISH} (left untranslated),
 *   <li>an amount as the machine writes it ({@code 200000.00}, {@code EUR}),
 *   <li>an ISO date ({@code 2026-12-03}) or a time in {@code UTC}.
 * </ul>
 *
 * Machine formats stay where machines read them: attributes ({@code datetime=}, {@code value=} of date inputs, links)
 * are not text, and JSON, CSV, iCal and Pabulib downloads are not pages. Code and technical details shown as code
 * ({@code <code>}, {@code <pre>}) and text marked as another language ({@code lang="en"} on the language switch) are
 * left out. Demo content is Italian, so it reads as Italian.
 *
 * <p>Runs on its own in-memory database, with the demo data as a new installation has it: tests sharing the web
 * context store English test content and markers that no template controls.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
@TestPropertySource(
        properties = "spring.datasource.url=jdbc:h2:mem:cocrea-every-page-languages;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
class EveryPageInBothLanguagesTest {
    /** Pages each person reads per language: every kind of page comes first (see {@link Site}). */
    static final int MAX_PAGES = 150;

    /**
     * English words that are not Italian words, matched whole and in any case in Italian pages' text. Words Italian
     * borrowed (budget, login, password, email, home, online, download) are not listed.
     */
    static final Set<String> ENGLISH = Set.of(
            "the",
            "and",
            "with",
            "your",
            "you",
            "from",
            "this",
            "that",
            "which",
            "what",
            "when",
            "where",
            "who",
            "have",
            "has",
            "will",
            "not",
            "are",
            "was",
            "were",
            "been",
            "please",
            "cannot",
            "only",
            "there",
            "their",
            "votes",
            "voting",
            "ballot",
            "ballots",
            "results",
            "owner",
            "page",
            "sign",
            "signed",
            "submit",
            "save",
            "cancel",
            "delete",
            "edit",
            "back",
            "search",
            "settings",
            "next",
            "previous",
            "members",
            "member",
            "proposal",
            "proposals",
            "project",
            "projects",
            "supports",
            "supporters",
            "closed",
            "closes",
            "opens",
            "join",
            "leave",
            "send",
            "show",
            "hide",
            "add",
            "remove",
            "yes",
            "none",
            "help",
            "register",
            "deadline",
            "review",
            "goals",
            "actions",
            "needs",
            "diary",
            "ladder",
            "notifications",
            "profile",
            "people",
            "unread");

    static final Pattern WORD = Pattern.compile("(?<![\\p{L}\\p{N}_'’-])(\\p{L}+)(?![\\p{L}\\p{N}_'’-])");

    /** A dotted lower-case token, like a message key; file names and site names are told apart in {@link #key}. */
    static final Pattern DOTTED =
            Pattern.compile("(?<![\\p{L}\\p{N}_@./:-])[a-z][a-z0-9]*(?:\\.[a-z][a-zA-Z0-9-]*)+(?![\\p{L}\\p{N}_@/-])");

    static final Set<String> NOT_KEYS = Set.of(
            "org", "com", "it", "net", "eu", "json", "csv", "pdf", "pb", "ics", "html", "txt", "yaml", "xml", "png",
            "jpg", "jpeg", "webp", "gov", "io", "db");

    static final Map<String, Pattern> FORMATS = Map.of(
            "unformatted amount", Pattern.compile("\\b\\d{4,}\\.\\d{2}\\b|\\b\\d+\\.\\d{2} ?EUR\\b"),
            "currency code", Pattern.compile("\\bEUR\\b"),
            "ISO date", Pattern.compile("\\b20\\d\\d-\\d\\d-\\d\\d\\b"),
            "UTC", Pattern.compile("\\bUTC\\b"));

    @Autowired
    MockMvc mvc;

    @Autowired
    UserDetailsService users;

    @Test
    void everyPageReadsInItsLanguageWithNumbersDatesAndTimesAsPeopleWriteThem() throws Exception {
        long started = System.nanoTime();
        var demo = new Demo(users);
        var keys = messageKeys();
        // route pattern -> finding -> where it was first seen
        var findings = new TreeMap<String, Map<String, String>>();
        var patterns = new HashMap<String, String>();
        var wrongLanguage = new TreeSet<String>();
        int pages = 0;
        for (String language : List.of("it", "en")) {
            var site = new Site(mvc, demo::as)
                    .fetching(
                            (who, url) -> {
                                var request = get(new URI(url)).header("Accept-Language", language);
                                var result = mvc.perform(who == null ? request : request.with(demo.as(who)))
                                        .andReturn();
                                var pattern = (String) result.getRequest()
                                        .getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
                                patterns.put(url, pattern == null ? url : pattern);
                                return result.getResponse();
                            },
                            Site.SKIPPED);
            for (String who : Demo.EVERYONE) {
                var crawl = site.crawl(who, Site.ENTRY_PAGES, MAX_PAGES);
                for (Site.Page page : crawl.pages().values()) {
                    if (!page.html()) {
                        continue; // JSON, CSV, iCal, Pabulib: machine formats on purpose
                    }
                    pages++;
                    Document document = Jsoup.parse(page.body());
                    String where = page.url() + " as " + (who == null ? "anonymous" : who) + " in " + language;
                    String lang = document.selectFirst("html") == null
                            ? language
                            : document.selectFirst("html").attr("lang");
                    if (!lang.isEmpty() && !lang.startsWith(language)) {
                        wrongLanguage.add(where + ": lang=" + lang);
                    }
                    var route = findings.computeIfAbsent(patterns.get(page.url()), p -> new TreeMap<>());
                    for (String problem : problems(document, language, keys)) {
                        route.putIfAbsent(problem, where);
                    }
                }
            }
        }
        var routesRead = new TreeSet<>(findings.keySet());
        findings.values().removeIf(Map::isEmpty);

        var failing = new TreeMap<>(findings);
        System.out.printf(
                "every page in both languages: %d pages of %d routes by %d people in 2 languages in %d s%n",
                pages, routesRead.size(), Demo.EVERYONE.size(), (System.nanoTime() - started) / 1_000_000_000L);

        System.out.println("every page in both languages: routes read " + routesRead);
        var report = new StringBuilder();
        failing.forEach((route, problems) -> problems.forEach((problem, where) -> report.append(route)
                .append(": ")
                .append(problem)
                .append(" (")
                .append(where)
                .append(")\n")));
        assertThat(pages).as("pages read").isGreaterThan(400);
        // the demo links every kind of page (EveryPageStatementBudgetTest checks each GET route is reached)
        assertThat(routesRead).as("routes whose pages were read").hasSizeGreaterThan(50);
        assertThat(wrongLanguage).as("pages not in the language asked for").isEmpty();
        assertThat(report.toString())
                .as("raw keys, English words in Italian, unformatted amounts, ISO dates or UTC in visible text")
                .isEmpty();
    }

    /** What is wrong with the text of one page, each as "kind «text»". */
    static Set<String> problems(Document document, String language, Set<String> keys) {
        var problems = new TreeSet<String>();
        var text = visibleText(document, language);
        for (String attribute : List.of("aria-label", "alt", "title", "placeholder")) {
            for (Element element : document.select("[" + attribute + "]")) {
                text.add(element.attr(attribute));
            }
        }
        for (String line : text) {
            var dotted = DOTTED.matcher(line);
            while (dotted.find()) {
                if (key(dotted.group(), keys)) {
                    problems.add("message key «" + dotted.group() + "»");
                }
            }
            FORMATS.forEach((kind, pattern) -> {
                var found = pattern.matcher(line);
                while (found.find()) {
                    problems.add(kind + " «" + found.group() + "» in «" + excerpt(line, found.start()) + "»");
                }
            });
            if (language.equals("it")) {
                var word = WORD.matcher(line);
                while (word.find()) {
                    if (ENGLISH.contains(word.group(1).toLowerCase(java.util.Locale.ROOT))) {
                        problems.add("English «" + word.group(1) + "» in «" + excerpt(line, word.start()) + "»");
                    }
                }
            }
        }
        return problems;
    }

    /**
     * The text nodes people read, one entry per element's own text: the title and the body, without scripts, code,
     * hidden templates and text marked as another language.
     */
    static Set<String> visibleText(Document document, String language) {
        document.select("script, style, template, code, pre, kbd, samp, [translate=no]")
                .remove();
        for (Element marked : document.select("body [lang]")) {
            if (!marked.attr("lang").startsWith(language)) {
                marked.remove();
            }
        }
        var text = new java.util.LinkedHashSet<String>();
        text.add(document.title());
        for (Element element : document.body().getAllElements()) {
            String own = element.ownText().strip();
            if (!own.isEmpty()) {
                text.add(own);
            }
        }
        return text;
    }

    /** Whether a dotted token is a message key: one of the bundles', or shaped like one and no file or site name. */
    static boolean key(String token, Set<String> keys) {
        if (keys.contains(token)) {
            return true;
        }
        String last = token.substring(token.lastIndexOf('.') + 1);
        return !NOT_KEYS.contains(last) && token.chars().filter(c -> c == '.').count() >= 2;
    }

    static String excerpt(String line, int at) {
        int from = Math.max(0, at - 40);
        int to = Math.min(line.length(), at + 40);
        return line.substring(from, to);
    }

    static Set<String> messageKeys() throws IOException {
        var keys = new HashSet<String>();
        for (var file : new PathMatchingResourcePatternResolver().getResources("classpath*:messages/*.properties")) {
            var properties = new Properties();
            try (var reader = new InputStreamReader(file.getInputStream(), StandardCharsets.UTF_8)) {
                properties.load(reader);
            }
            properties.stringPropertyNames().forEach(keys::add);
        }
        return keys;
    }
}
