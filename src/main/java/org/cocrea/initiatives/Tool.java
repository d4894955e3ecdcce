package org.cocrea.initiatives;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A participation instrument that lives in a phase of an initiative. A tool module implements this as a
 * Spring bean; the initiatives module discovers tools through it and never depends on their internals.
 * The tool owns its pages and tables and asks {@link Initiatives#mayDo} before every action. A tool's
 * settings belong to it too: each tool edits them on its own manage page, which is why the SPI declares none.
 */
public interface Tool {
    /** Stable lower-case id, stored with each instance: "updates", "ideas", "budget"... */
    String id();

    /** Message key of the tool's display name. */
    String nameKey();

    /** The phases a facilitator may add this tool to. */
    Set<Phase> phases();

    /** The levels of initiative this tool suits. */
    Set<Level> levels();

    /** The actions the tool offers, each with the member roles allowed to perform it. */
    Map<String, Set<MemberRole>> actions();

    /** Where the pages of one instance live; the tool owns the controllers behind it. */
    String path(ToolInstance instance);

    /**
     * What the tool can export (format names such as "csv"), for open data. The initiative page links each
     * one at {@link #exportPath}, so every format declared here needs a route there.
     */
    default List<String> exports() {
        return List.of();
    }

    /**
     * Where one instance's export in {@code format} is downloaded: by default {@code export.<format>} under
     * the instance's {@link #path}. The route answers "not found" to whoever may not read the initiative,
     * and also while there is nothing to export yet ({@link #exportReady}).
     */
    default String exportPath(ToolInstance instance, String format) {
        return path(instance) + "/export." + format;
    }

    /**
     * Whether the instance has something to export now (a vote whose results are shown, a closed budget). The
     * initiative page links exports that are ready and names the others as "not yet available".
     */
    default boolean exportReady(ToolInstance instance) {
        return true;
    }

    default boolean suits(Phase phase, Level level) {
        return phases().contains(phase) && levels().contains(level);
    }
}
