package org.cocrea.ledger;

import java.util.List;
import java.util.Map;

/**
 * (Public for the templates.) A person's own contributions, newest first, one page of them, with their totals.
 *
 * @param titles the titles of the initiatives on this page the person may still open (others are unnamed)
 * @param tools the name keys of the tools on this page
 */
public record MyContributions(
        List<Entry> entries,
        int page,
        int pages,
        List<Amount> totals,
        Map<Long, String> titles,
        Map<String, String> tools) {}
