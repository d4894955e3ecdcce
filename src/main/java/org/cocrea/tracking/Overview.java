package org.cocrea.tracking;

import java.util.List;
import java.util.Map;

/**
 * (Public because the precompiled templates read it.) One page of the organisation-wide "what happened to what we
 * voted": the results of public initiatives matching the filters, how many there are by status, and the choices of
 * the filters.
 *
 * @param status the status filter's code, or "" for all
 * @param initiative the initiative filter, or null for all
 */
public record Overview(
        List<Row> rows,
        long total,
        int page,
        int pages,
        Map<ResultStatus, Long> counts,
        List<Choice> initiatives,
        String status,
        Long initiative) {

    /** A result with the initiative it belongs to. */
    public record Row(TrackedResult result, long initiativeId, String initiativeTitle) {}

    /** An initiative the filter may choose. */
    public record Choice(long id, String title) {}

    /** The query string of these filters (for pages and exports), starting with {@code ?} or empty. */
    public String query(int toPage) {
        var q = new StringBuilder();
        if (!status.isEmpty()) {
            q.append("&status=").append(status);
        }
        if (initiative != null) {
            q.append("&initiative=").append(initiative);
        }
        if (toPage > 1) {
            q.append("&page=").append(toPage);
        }
        return q.isEmpty() ? "" : "?" + q.substring(1);
    }
}
