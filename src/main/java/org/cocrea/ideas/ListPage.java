package org.cocrea.ideas;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.ToolInstance;

/** One page of the proposals list, with the filters that produced it. */
public record ListPage(
        Initiative initiative,
        ToolInstance instance,
        List<Idea> ideas,
        List<String> categories,
        String category,
        String status,
        String sort,
        int page,
        int pages,
        long total,
        int threshold,
        boolean mayPropose,
        boolean moderates,
        java.util.Map<Long, org.cocrea.platform.Picture> pictures) {
    static final int SIZE = 20;

    /** The proposal's picture, or null. */
    public org.cocrea.platform.Picture picture(Idea idea) {
        return idea.imageId() == null ? null : pictures.get(idea.imageId());
    }

    /** The link to another page of the same list. */
    public String link(int other) {
        return "/ideas/" + instance.id() + "?category=" + encode(category) + "&status=" + encode(status) + "&sort="
                + encode(sort) + "&page=" + other;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
