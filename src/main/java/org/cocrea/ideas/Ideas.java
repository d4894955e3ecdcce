package org.cocrea.ideas;

import java.util.List;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Service;

/** What other modules may ask of the proposals tool. */
@Service
public class Ideas {
    private final Initiatives initiatives;
    private final IdeaRepository ideas;

    Ideas(Initiatives initiatives, IdeaRepository ideas) {
        this.initiatives = initiatives;
        this.ideas = ideas;
    }

    /**
     * The accepted, not hidden proposals of every proposals tool of an initiative, oldest first. The caller
     * decides who may see them: this is for facilitators turning them into budget projects.
     */
    public List<AcceptedIdea> accepted(long initiativeId) {
        var instances = initiatives.toolInstances(IdeasTool.ID).stream()
                .filter(i -> i.initiativeId() == initiativeId)
                .map(ToolInstance::id)
                .toList();
        return ideas.accepted(instances).stream().map(Idea::accepted).toList();
    }

    /**
     * A page of the proposals of an instance the caller opened (so may see), newest first, with their total: never
     * the hidden ones (pending review or hidden by moderation), whoever asks, for the JSON API. Two statements.
     */
    public java.util.Map.Entry<List<Idea>, Long> shown(org.cocrea.initiatives.ToolAccess access, int page, int size) {
        if (!access.instance().toolId().equals(IdeasTool.ID)) {
            throw new IllegalArgumentException(
                    "not a proposals tool: " + access.instance().toolId());
        }
        var query = new IdeaRepository.Query(null, null, IdeaRepository.Sort.RECENT, 0, false);
        long total = ideas.count(access.id(), query);
        return java.util.Map.entry(ideas.page(access.id(), query, size, (long) page * size), total);
    }
}
