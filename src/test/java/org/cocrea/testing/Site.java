package org.cocrea.testing;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A small breadth-first crawler over MockMvc: what a given person can reach by following the site's own links,
 * and every form the pages offer them. Usage:
 *
 * <pre>{@code
 * var site = new Site(mvc, demo::as);
 * Site.Crawl crawl = site.crawl(Demo.CITIZEN, Site.ENTRY_PAGES, 400);
 * crawl.pages();  // url -> Page (status 200 only, in the order reached)
 * crawl.forms();  // every form (one per named submit button), with default or first valid values
 * }</pre>
 *
 * <p>Only same-site links are followed ({@code a[href]}, {@code hx-get}, GET forms with their defaults, and
 * same-site redirects). Pages of the same shape (the path with numbers replaced, plus the names of the query
 * parameters) beyond the first {@link #PER_SHAPE} wait until no page of a new shape is left, so that a bounded
 * crawl sees every kind of page before it sees a thousand ideas. Links that end the session or copy the database are never followed ({@link #SKIPPED}).
 */
public final class Site {
    /** Where a crawl starts when nothing else is given: the home page and the pages the header links to. */
    public static final List<String> ENTRY_PAGES =
            List.of("/", "/initiatives", "/petitions", "/profile", "/admin", "/plans/oversight", "/mailbox");

    /** Same-shape pages visited per crawl (see the class comment). */
    public static final int PER_SHAPE = 3;

    /**
     * Never followed by any crawl: signing out ends the session being crawled; static files.
     */
    public static final Pattern NEVER = Pattern.compile("^/(logout|css/|js/|img/|webjars/|actuator|error)");

    /**
     * Not followed by default: {@link #NEVER}, and PDFs, which are rendered slowly and hold nothing that the HTML
     * page they are made from does not show (a statement count crawls them, with {@link #NEVER} only).
     */
    public static final Pattern SKIPPED = Pattern.compile(NEVER.pattern() + "|\\.pdf(\\?|$)|/pdf(\\?|$)");

    /** A form field as the page offers it: {@code value} is what a browser would send without any typing. */
    public record Field(
            String name,
            String type,
            String value,
            boolean required,
            Integer maxLength,
            Integer minLength,
            String min,
            String max,
            boolean sentByDefault) {}

    /**
     * A form as a page offers it: {@code fields} in page order, already including the named submit button pressed
     * (a form with several named buttons appears once per button). The CSRF field is left out: callers add their
     * own token.
     */
    public record Form(String who, String page, String method, String action, boolean multipart, List<Field> fields) {
        public String describe() {
            return method + " " + action + " (from " + page + " as " + (who == null ? "anonymous" : who) + ")";
        }
    }

    /** A page that answered 200. */
    public record Page(String url, String contentType, String body) {
        public boolean html() {
            return contentType == null || contentType.contains("html");
        }
    }

    /** What one person reached: pages by URL in the order reached, and the forms on them. */
    public record Crawl(String who, Map<String, Page> pages, List<Form> forms) {}

    /** How a page is fetched as a person ({@code null}: anonymous): by default one GET through MockMvc. */
    @FunctionalInterface
    public interface Fetch {
        MockHttpServletResponse get(String who, String url) throws Exception;
    }

    private final Function<String, RequestPostProcessor> as;
    private final Fetch fetch;
    private final Pattern skipped;

    /** {@code as} turns a person (never null) into a signed-in request; {@code null} people crawl anonymously. */
    public Site(MockMvc mvc, Function<String, RequestPostProcessor> as) {
        this.as = as;
        this.fetch = (who, url) -> mvc.perform(as(who, get(url))).andReturn().getResponse();
        this.skipped = SKIPPED;
    }

    private Site(Function<String, RequestPostProcessor> as, Fetch fetch, Pattern skipped) {
        this.as = as;
        this.fetch = fetch;
        this.skipped = skipped;
    }

    /**
     * The same crawl with another way to fetch a page (to count its SQL statements, say) and another pattern of
     * targets never followed (a statement count wants the PDFs too).
     */
    public Site fetching(Fetch fetch, Pattern skipped) {
        return new Site(as, fetch, skipped);
    }

    /** The request as the given person ({@code null}: anonymous). */
    public AbstractMockHttpServletRequestBuilder<?> as(String who, AbstractMockHttpServletRequestBuilder<?> request) {
        return who == null ? request : request.with(as.apply(who));
    }

    /** Crawls breadth-first from {@code starts} as {@code who} ({@code null}: anonymous), at most {@code maxPages}. */
    public Crawl crawl(String who, Collection<String> starts, int maxPages) throws Exception {
        var pages = new LinkedHashMap<String, Page>();
        var forms = new ArrayList<Form>();
        var seen = new LinkedHashSet<String>();
        var shapes = new HashMap<String, Integer>();
        var queue = new ArrayDeque<String>();
        // Links to a shape already visited PER_SHAPE times wait here, read only when nothing new is left.
        var later = new ArrayDeque<String>();
        // Start pages are always visited first, whatever their shape: they are where the caller knows something is.
        for (String start : starts) {
            if (seen.add(start)) {
                queue.add(start);
                shapes.merge(shape(start), 1, Integer::sum);
            }
        }
        while ((!queue.isEmpty() || !later.isEmpty()) && pages.size() < maxPages) {
            String url = queue.isEmpty() ? later.poll() : queue.poll();
            var response = fetch.get(who, url);
            int status = response.getStatus();
            if (status >= 300 && status < 400 && response.getRedirectedUrl() != null) {
                String next = local(url, response.getRedirectedUrl());
                if (next != null && seen.add(next)) {
                    queue.add(next);
                }
                continue;
            }
            if (status != 200) {
                continue;
            }
            var page = new Page(url, response.getContentType(), response.getContentAsString(StandardCharsets.UTF_8));
            pages.put(url, page);
            if (!page.html()) {
                continue;
            }
            Document document = Jsoup.parse(page.body(), "http://localhost" + url);
            forms.addAll(forms(who, url, document));
            for (String link : links(url, document)) {
                if (seen.add(link)) {
                    (shapes.merge(shape(link), 1, Integer::sum) <= PER_SHAPE ? queue : later).add(link);
                }
            }
        }
        return new Crawl(who, pages, forms);
    }

    /** The URL with numbers replaced and query values dropped: pages of one kind share a shape. */
    static String shape(String url) {
        int question = url.indexOf('?');
        String path = question < 0 ? url : url.substring(0, question);
        String shape = path.replaceAll("/\\d+", "/#");
        if (question >= 0) {
            var names = new java.util.TreeSet<String>();
            for (String pair : url.substring(question + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            shape += "?" + String.join("&", names);
        }
        return shape;
    }

    /** Same-site links of a page, resolved and without fragments. */
    private Set<String> links(String page, Document document) {
        var links = new LinkedHashSet<String>();
        for (Element link : document.select("a[href], [hx-get]")) {
            String target = local(page, link.hasAttr("href") ? link.attr("href") : link.attr("hx-get"));
            if (target != null) {
                links.add(target);
            }
        }
        for (Element form : document.select("form")) {
            if (form.attr("method").equalsIgnoreCase("get")) {
                String action = local(page, form.attr("action").isEmpty() ? page : form.attr("action"));
                if (action != null) {
                    var query = new StringBuilder();
                    for (Field field : fields(form)) {
                        if (field.sentByDefault() && !field.value().isEmpty()) {
                            query.append(query.isEmpty() ? "" : "&")
                                    .append(encode(field.name()))
                                    .append('=')
                                    .append(encode(field.value()));
                        }
                    }
                    links.add(query.isEmpty() ? action : action.split("\\?")[0] + "?" + query);
                }
            }
        }
        return links;
    }

    private static String encode(String value) {
        return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** The path and query of a same-site target, or null for other sites, mail links and skipped targets. */
    String local(String page, String href) {
        if (href == null
                || href.isBlank()
                || href.startsWith("#")
                || href.startsWith("mailto:")
                || href.startsWith("javascript:")
                || href.startsWith("tel:")) {
            return null;
        }
        try {
            URI uri = URI.create("http://localhost" + page).resolve(href.strip());
            if (!"localhost".equals(uri.getHost()) || uri.getPort() > 0) {
                return null;
            }
            String target = uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
            return skipped.matcher(target).find() ? null : target;
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }

    /** The changing forms of a page, one per named submit button, plus elements posting by themselves (htmx). */
    private List<Form> forms(String who, String page, Document document) {
        var forms = new ArrayList<Form>();
        for (Element form : document.select("form")) {
            String method =
                    form.attr("method").isEmpty() ? "GET" : form.attr("method").toUpperCase();
            if (method.equals("GET")) {
                continue;
            }
            String action = local(page, form.attr("action").isEmpty() ? page : form.attr("action"));
            if (action == null) {
                continue;
            }
            boolean multipart = form.attr("enctype").equalsIgnoreCase("multipart/form-data");
            var fields = fields(form);
            var buttons = form.select("button[name], input[type=submit][name]");
            if (!form.id().isEmpty()) {
                buttons.addAll(document.select("button[name][form=" + form.id() + "]"));
            }
            if (buttons.isEmpty()) {
                forms.add(new Form(who, page, method, action, multipart, fields));
            }
            for (Element button : buttons) {
                var pressed = new ArrayList<>(fields);
                pressed.add(new Field(button.attr("name"), "submit", button.val(), false, null, null, "", "", true));
                String target = button.hasAttr("formaction") ? local(page, button.attr("formaction")) : action;
                if (target != null) {
                    forms.add(new Form(who, page, method, target, multipart, pressed));
                }
            }
        }
        for (String verb : List.of("post", "put", "patch", "delete")) {
            for (Element element : document.select("[hx-" + verb + "]")) {
                String action = local(page, element.attr("hx-" + verb));
                Element owner = element.closest("form");
                if (action != null) {
                    forms.add(new Form(
                            who, page, verb.toUpperCase(), action, false, fields(owner == null ? element : owner)));
                }
            }
        }
        return forms;
    }

    /** The named fields of a form (or any element), with what a browser would send for each. */
    private static List<Field> fields(Element form) {
        var fields = new ArrayList<Field>();
        var radios = new LinkedHashMap<String, List<Element>>();
        var elements = new ArrayList<>(form.select("input[name], select[name], textarea[name]"));
        if (form.tagName().equals("form") && !form.id().isEmpty() && form.ownerDocument() != null) {
            elements.addAll(form.ownerDocument().select("[form=" + form.id() + "][name]:not(button)"));
        }
        for (Element element : elements) {
            String name = element.attr("name");
            String type = element.tagName().equals("input")
                    ? element.attr("type").isEmpty()
                            ? "text"
                            : element.attr("type").toLowerCase()
                    : element.tagName();
            if (name.equals("_csrf")
                    || type.equals("submit")
                    || type.equals("button")
                    || type.equals("reset")
                    || type.equals("image")
                    || element.hasAttr("disabled")) {
                continue;
            }
            boolean required = element.hasAttr("required");
            Integer maxLength = number(element.attr("maxlength"));
            Integer minLength = number(element.attr("minlength"));
            switch (type) {
                case "radio" ->
                    radios.computeIfAbsent(name, n -> new ArrayList<>()).add(element);
                case "checkbox" ->
                    fields.add(new Field(
                            name,
                            type,
                            element.hasAttr("value") ? element.attr("value") : "on",
                            required,
                            null,
                            null,
                            "",
                            "",
                            element.hasAttr("checked")));
                case "select" -> {
                    var selected = element.selectFirst("option[selected]");
                    if (selected == null) {
                        selected = element.select("option").stream()
                                .filter(option -> !option.val().isEmpty() && !option.hasAttr("disabled"))
                                .findFirst()
                                .orElse(element.selectFirst("option"));
                    }
                    fields.add(new Field(
                            name, type, selected == null ? "" : selected.val(), required, null, null, "", "", true));
                }
                case "textarea" ->
                    fields.add(
                            new Field(name, type, element.wholeText(), required, maxLength, minLength, "", "", true));
                default ->
                    fields.add(new Field(
                            name,
                            type,
                            element.val(),
                            required,
                            maxLength,
                            minLength,
                            element.attr("min"),
                            element.attr("max"),
                            true));
            }
        }
        radios.forEach((name, group) -> {
            Element chosen = group.stream()
                    .filter(radio -> radio.hasAttr("checked"))
                    .findFirst()
                    .orElse(group.get(0));
            fields.add(new Field(
                    name,
                    "radio",
                    chosen.val(),
                    group.stream().anyMatch(radio -> radio.hasAttr("required")),
                    null,
                    null,
                    "",
                    "",
                    true));
        });
        return fields;
    }

    private static Integer number(String attribute) {
        try {
            return attribute.isBlank() ? null : Integer.valueOf(attribute.strip());
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
