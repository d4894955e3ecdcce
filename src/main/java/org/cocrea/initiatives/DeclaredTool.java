package org.cocrea.initiatives;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A tool whose manifest is data: its id (which is also its route's first segment and its message bundle, so its
 * name is {@code <id>.name} and its pages {@code /<id>/<instance>}), the phases and levels it suits, its actions
 * with the roles allowed each, and its exports. Every tool of one page per instance extends this instead of
 * writing the {@link Tool} methods out again (the ballot and plan tools have their own bases).
 */
public abstract class DeclaredTool implements Tool {
    private final String id;
    private final Set<Phase> phases;
    private final Set<Level> levels;
    private final Map<String, Set<MemberRole>> actions;
    private final List<String> exports;

    protected DeclaredTool(
            String id, Set<Phase> phases, Set<Level> levels, Map<String, Set<MemberRole>> actions, String... exports) {
        this.id = id;
        this.phases = Set.copyOf(phases);
        this.levels = Set.copyOf(levels);
        this.actions = Map.copyOf(actions);
        this.exports = List.of(exports);
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final String nameKey() {
        return id + ".name";
    }

    @Override
    public final Set<Phase> phases() {
        return phases;
    }

    @Override
    public final Set<Level> levels() {
        return levels;
    }

    @Override
    public final Map<String, Set<MemberRole>> actions() {
        return actions;
    }

    @Override
    public String path(ToolInstance instance) {
        return "/" + id + "/" + instance.id();
    }

    @Override
    public final List<String> exports() {
        return exports;
    }
}
