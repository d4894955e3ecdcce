package org.cocrea.tracking;

import java.util.List;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of a tracking instance (the JSON API of {@code api}): its tracked results with status,
 * progress and money, as its public board shows them to anyone who may open the instance. One statement.
 */
@Service
public class TrackedResults {
    private final TrackingRepository results;

    TrackedResults(TrackingRepository results) {
        this.results = results;
    }

    public List<TrackedResult> of(ToolAccess access) {
        if (!access.instance().toolId().equals(TrackingTool.ID)) {
            throw new IllegalArgumentException(
                    "not a tracking tool: " + access.instance().toolId());
        }
        return results.of(access.id());
    }
}
