package org.cocrea.indicators;

import java.util.List;
import org.cocrea.initiatives.ToolAccess;
import org.springframework.stereotype.Service;

/**
 * What other modules may read of an indicators instance (the JSON API of {@code api}): its indicators with their
 * readings, oldest first, and the progress the latest stored, as the list page shows them to anyone who may open
 * the instance. Two statements.
 */
@Service
public class Indicators {
    private final IndicatorRepository indicators;

    Indicators(IndicatorRepository indicators) {
        this.indicators = indicators;
    }

    public List<IndicatorView> of(ToolAccess access) {
        if (!access.instance().toolId().equals(IndicatorsTool.ID)) {
            throw new IllegalArgumentException(
                    "not an indicators tool: " + access.instance().toolId());
        }
        var readings = indicators.readingsOfInstance(access.id());
        return indicators.of(access.id()).stream()
                .map(i -> new IndicatorView(
                        i,
                        readings.stream().filter(r -> r.indicatorId() == i.id()).toList()))
                .toList();
    }
}
