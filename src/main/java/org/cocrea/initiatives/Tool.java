package org.cocrea.initiatives;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A participation instrument that lives in a phase of an initiative. A tool module implements this as a
 * Spring bean; the initiatives module discovers tools through it and never depends on their internals.
 * The tool owns its pages and tables and asks {@link Initiatives#mayDo} before every action.
 */
public interface Tool {
    /** Stable lower-case id, stored with each instance: "updates", "proposals", "budget"... */
    String id();

    /** Message key of the tool's display name. */
    String nameKey();

    /** The phases a facilitator may add this tool to. */
    Set<Phase> phases();

    /** The levels of initiative this tool suits. */
    Set<Level> levels();

    /** The actions the tool offers, each with the member roles allowed to perform it. */
    Map<String, Set<MemberRole>> actions();

    /** Settings the tool understands, with their defaults. */
    default Map<String, String> settings() {
        return Map.of();
    }

    /** Where the pages of one instance live; the tool owns the controllers behind it. */
    String path(ToolInstance instance);

    /** What the tool can export (format names such as "csv"), for open data. */
    default List<String> exports() {
        return List.of();
    }

    default boolean suits(Phase phase, Level level) {
        return phases().contains(phase) && levels().contains(level);
    }
}
