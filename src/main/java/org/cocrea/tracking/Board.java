package org.cocrea.tracking;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.initiatives.ToolReach;
import org.springframework.stereotype.Component;

/**
 * The organisation-wide "what happened to what we voted": the results of every tracking instance of a public
 * initiative, whoever asks (it is the open-data view, the same for everyone). Four statements whatever the number of
 * results: the instances, which of them are public (with their initiative's title), the counts by status and one
 * page; the page and the counts use the index on (tool_instance_id, updated_at) or (status, ...).
 */
@Component
class Board {
    static final int PAGE_SIZE = 20;
    /**
     * Nobody: {@link Initiatives#reach} for a person id no account has gives the instances anyone may read, i.e. those
     * of published collective initiatives, each with its initiative's title, in one statement.
     */
    private static final long NOBODY = 0L;

    private final Initiatives initiatives;
    private final TrackingRepository results;

    Board(Initiatives initiatives, TrackingRepository results) {
        this.initiatives = initiatives;
        this.results = results;
    }

    /** The public tracking instances, by id, with their initiative. */
    Map<Long, ToolReach> publicInstances() {
        var ids = initiatives.toolInstances(TrackingTool.ID).stream()
                .map(ToolInstance::id)
                .toList();
        var reach = new LinkedHashMap<Long, ToolReach>();
        if (!ids.isEmpty()) {
            initiatives.reach(NOBODY, ids).forEach((id, r) -> {
                if (r.role() == null) {
                    reach.put(id, r);
                }
            });
        }
        return reach;
    }

    /** The instances the filter keeps: all public ones, or those of one initiative. */
    static List<Long> chosen(Map<Long, ToolReach> instances, Long initiative) {
        return instances.values().stream()
                .filter(r -> initiative == null || r.instance().initiativeId() == initiative)
                .map(ToolReach::id)
                .toList();
    }

    Overview overview(String statusCode, Long initiative, int page) {
        var instances = publicInstances();
        var status = ResultStatus.fromCode(statusCode == null ? "" : statusCode).orElse(null);
        var choices = new LinkedHashMap<Long, Overview.Choice>();
        instances
                .values()
                .forEach(r -> choices.putIfAbsent(
                        r.instance().initiativeId(),
                        new Overview.Choice(r.instance().initiativeId(), r.initiativeTitle())));
        Long kept = initiative != null && choices.containsKey(initiative) ? initiative : null;
        var ids = chosen(instances, kept);
        var counts = results.counts(ids);
        long total = status == null
                ? counts.values().stream().mapToLong(Long::longValue).sum()
                : counts.get(status);
        int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(page, 1), pages);
        var rows = new ArrayList<Overview.Row>();
        for (var r : results.page(ids, status, (shown - 1) * PAGE_SIZE, PAGE_SIZE)) {
            var reach = instances.get(r.toolInstanceId());
            rows.add(new Overview.Row(r, reach.instance().initiativeId(), reach.initiativeTitle()));
        }
        var sortedChoices = new ArrayList<>(choices.values());
        sortedChoices.sort(Comparator.comparing(Overview.Choice::title, String.CASE_INSENSITIVE_ORDER));
        return new Overview(
                rows, total, shown, pages, counts, sortedChoices, status == null ? "" : status.code(), kept);
    }
}
