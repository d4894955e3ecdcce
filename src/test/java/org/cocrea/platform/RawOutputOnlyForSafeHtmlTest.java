package org.cocrea.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 12, safe HTML by type: a template may print raw HTML only as {@code $unsafe{x.html()}} where {@code x} is
 * declared in that template (an {@code @param} or a {@code !{...}} local) with the type {@link SafeHtml}, which only
 * the Markdown sanitiser can make. The template compiler checks the declared type; this test checks that every raw
 * output has that form, so printing a stored field raw (say {@code $unsafe{proposal.title()}}) fails the build.
 */
class RawOutputOnlyForSafeHtmlTest {
    static final Path TEMPLATES = Path.of("src/main/jte");
    static final Path PLATFORM = Path.of("src/main/java/org/cocrea/platform");
    static final Path SOURCES = Path.of("src/main/java");

    static final Pattern UNSAFE = Pattern.compile("\\$unsafe\\{");
    static final Pattern ALLOWED = Pattern.compile("\\s*([A-Za-z_$][\\w$]*)\\.html\\(\\)\\s*");
    static final String TYPE = "org.cocrea.platform.SafeHtml";
    static final String IMPORT = "@import " + TYPE;

    @Test
    void everyRawOutputInATemplatePrintsASafeHtmlValue() throws IOException {
        var problems = new ArrayList<String>();
        int raw = 0;
        List<Path> templates;
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            templates =
                    files.filter(p -> p.toString().endsWith(".jte")).sorted().toList();
        }
        assertThat(templates).as("templates found under " + TEMPLATES).hasSizeGreaterThan(50);
        for (Path template : templates) {
            String text = Files.readString(template, StandardCharsets.UTF_8);
            Matcher m = UNSAFE.matcher(text);
            while (m.find()) {
                raw++;
                String expression = balanced(text, m.end());
                String where =
                        TEMPLATES.relativize(template) + ":" + line(text, m.start()) + " $unsafe{" + expression + "}";
                var allowed = ALLOWED.matcher(expression);
                if (!allowed.matches()) {
                    problems.add(where + " prints raw something other than x.html() of a SafeHtml x");
                    continue;
                }
                String problem = declaredAsSafeHtml(text, allowed.group(1));
                if (problem != null) {
                    problems.add(where + ": " + problem);
                }
            }
        }
        assertThat(raw)
                .as("the Markdown outputs of ideas, updates, initiatives, proposals and budget projects")
                .isGreaterThanOrEqualTo(8);
        assertThat(problems).as("raw output allowed only for SafeHtml values").isEmpty();
    }

    /** Only the sanitiser makes SafeHtml, and no Java class can smuggle raw text into a template as JTE content. */
    @Test
    void onlyTheMarkdownSanitiserMakesSafeHtml() throws IOException {
        var makers = new ArrayList<String>();
        var contents = new ArrayList<String>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path source : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String text = Files.readString(source, StandardCharsets.UTF_8);
                if (text.contains("new SafeHtml(") && !source.equals(PLATFORM.resolve("SafeHtml.java"))) {
                    makers.add(SOURCES.relativize(source).toString());
                }
                if (text.contains("gg.jte.Content") || text.contains("gg.jte.html.HtmlContent")) {
                    contents.add(SOURCES.relativize(source).toString());
                }
            }
        }
        assertThat(makers).containsExactly("org/cocrea/platform/Markdown.java");
        assertThat(contents)
                .as("Java classes writing template content, which JTE prints unescaped")
                .isEmpty();
    }

    /**
     * Null if every declaration of {@code name} in the template has the type SafeHtml (and there is one), else why not.
     * A {@code var} or any other type is refused: the type must be readable here, and the compiler then enforces it.
     */
    static String declaredAsSafeHtml(String template, String name) {
        var declaration = Pattern.compile(
                "([\\w.$<>\\[\\]]+)\\s+" + Pattern.quote(name) + "\\s*(=|:|;|,|\\)|$)", Pattern.MULTILINE);
        Matcher d = declaration.matcher(template);
        int found = 0;
        while (d.find()) {
            String type = d.group(1);
            if (type.equals("return") || type.equals("new")) {
                continue;
            }
            found++;
            boolean simple = type.equals("SafeHtml")
                    && template.lines().anyMatch(l -> l.strip().equals(IMPORT));
            if (!simple && !type.equals(TYPE)) {
                return "'" + name + "' is declared as " + type + ", not " + TYPE;
            }
        }
        return found == 0 ? "'" + name + "' is not declared in this template as SafeHtml" : null;
    }

    /** The expression of a {@code ${...}}-like output starting at {@code from}, up to its matching brace. */
    static String balanced(String text, int from) {
        int depth = 1;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '{') {
                depth++;
            } else if (c == '}' && --depth == 0) {
                return text.substring(from, i);
            }
        }
        return text.substring(from);
    }

    static int line(String text, int offset) {
        return (int) text.substring(0, offset).chars().filter(c -> c == '\n').count() + 1;
    }
}
