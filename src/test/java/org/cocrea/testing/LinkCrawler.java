package org.cocrea.testing;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;

/**
 * Visits the pages of the application reachable by links from some start pages, as one person: breadth first,
 * every {@code <a href>} to the same site and every redirect, GET only (forms are never submitted, so nothing
 * changes). Pages are grouped by shape: the path with its numbers (ids) and long tokens replaced and the query
 * reduced to its parameter names, so {@code /initiatives/7} and {@code /initiatives/9} are one shape while
 * {@code /initiatives?phase=x} is another. To keep the walk short on a demo with hundreds of rows, a shape is
 * left once {@code barren} of its pages in a row linked to no shape not seen before: every initiative page is
 * visited while each leads to tools of new kinds, but not the hundredth idea.
 */
public final class LinkCrawler {
    /**
     * What a page answered: its status, its HTML (null when it is not HTML), where it redirects to (or null) and
     * pages to visit next that it does not link to (the JSON twin of an HTML page, say).
     */
    public record Answer(int status, String html, String location, List<String> also) {}

    @FunctionalInterface
    public interface Fetch {
        Answer get(String pathAndQuery) throws Exception;
    }

    private static final Pattern ID = Pattern.compile("^(\\d+|[A-Za-z0-9_-]{16,})$");

    private LinkCrawler() {}

    /** The paths (with query) visited, in order, starting from {@code start}. */
    public static List<String> crawl(List<String> start, int barren, int maxPages, Fetch fetch) throws Exception {
        var queue = new ArrayDeque<String>(start);
        var seen = new HashSet<String>(queue);
        var shapes = new HashSet<String>();
        queue.forEach(p -> shapes.add(shape(p)));
        Map<String, Integer> fruitless = new HashMap<>();
        var visited = new ArrayList<String>();
        while (!queue.isEmpty() && visited.size() < maxPages) {
            String page = queue.poll();
            String shape = shape(page);
            if (fruitless.getOrDefault(shape, 0) >= barren) {
                continue;
            }
            visited.add(page);
            var answer = fetch.get(page);
            List<String> next = new ArrayList<>(answer.also());
            if (answer.location() != null) {
                next.add(answer.location());
            }
            if (answer.html() != null) {
                for (var a :
                        Jsoup.parse(answer.html(), "http://localhost" + page).select("a[href]")) {
                    next.add(a.attr("abs:href"));
                }
            }
            boolean fruitful = false;
            for (String link : next) {
                String local = local(link);
                if (local != null && seen.add(local)) {
                    queue.add(local);
                    fruitful |= shapes.add(shape(local));
                }
            }
            fruitless.put(shape, fruitful ? 0 : fruitless.getOrDefault(shape, 0) + 1);
        }
        return visited;
    }

    /** The path and query of a link to this site, without its fragment; null for other sites and schemes. */
    static String local(String link) {
        try {
            var uri = new URI(link.startsWith("/") ? "http://localhost" + link : link);
            if (!"http".equals(uri.getScheme()) || !"localhost".equals(uri.getHost()) || uri.getPort() > 0) {
                return null;
            }
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    /** The page's shape: ids and tokens in the path replaced, the query reduced to its sorted parameter names. */
    static String shape(String pathAndQuery) {
        int q = pathAndQuery.indexOf('?');
        String path = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
        var segments = new ArrayList<String>();
        for (String s : path.split("/", -1)) {
            segments.add(ID.matcher(s).matches() ? "{}" : s);
        }
        String shape = String.join("/", segments);
        if (q >= 0) {
            Set<String> names = new java.util.TreeSet<>();
            for (String pair : pathAndQuery.substring(q + 1).split("&")) {
                names.add(pair.split("=", 2)[0]);
            }
            shape += "?" + String.join("&", names);
        }
        return shape;
    }
}
