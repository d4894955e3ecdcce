package org.cocrea.initiatives.web;

import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.core.InitiativeFilter;
import org.cocrea.initiatives.core.InitiativeRepository.Known;

/**
 * One page of the administrators' list of every initiative: the ones they may read with their title, the others
 * (group and individual initiatives they are no member of, drafts) only with what admins may know of them.
 */
public record AdminListPage(
        List<Known> items, long total, int page, int size, InitiativeFilter filter, Map<Long, String> organisations) {

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return (long) (page + 1) * size < total;
    }

    public int pages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public String organisation(long id) {
        return organisations.getOrDefault(id, "");
    }

    public String link(int toPage) {
        String q = filter.queryString();
        return "/admin/initiatives?" + (q.isEmpty() ? "" : q + "&") + "page=" + toPage;
    }
}
