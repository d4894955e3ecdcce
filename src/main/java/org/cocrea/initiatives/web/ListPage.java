package org.cocrea.initiatives.web;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiative;
import org.cocrea.initiatives.core.InitiativeFilter;

/** One page of the initiatives list, with what the filters need to redisplay. */
public record ListPage(
        List<Initiative> items,
        long total,
        int page,
        int size,
        InitiativeFilter filter,
        Map<Long, String> organisations) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public String organisation(long id) {
        return organisations.getOrDefault(id, "");
    }

    public String link(int toPage) {
        String q = filter.queryString();
        return "/initiatives?" + (q.isEmpty() ? "" : q + "&") + "page=" + toPage;
    }
}
