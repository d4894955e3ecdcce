package org.cocrea.initiatives;

import java.util.Collection;
import java.util.List;

/**
 * What a co-delivery tool offers as work that delivers a funded project (issue 17): the shifts tool's activities,
 * the pacts tool's collaboration pacts. The tracking tool links a tracked project to such items and lists them on
 * its pages without depending on the tools that own them.
 */
public interface DeliveryWork {
    /** The tool id that owns the items ({@code shifts}, {@code pacts}). */
    String toolId();

    /** The items of this tool in the initiative that anyone who may read the initiative may see, newest first. */
    List<Work> inInitiative(long initiativeId);

    /** The items with these ids that are still public (unknown or withdrawn ones are left out), in one statement. */
    List<Work> byIds(Collection<Long> itemIds);

    /** One item: its title as written, and the path of its page. */
    record Work(String toolId, long itemId, long initiativeId, String title, String path) {}
}
