package org.cocrea.tracking;

import java.util.ArrayList;
import java.util.List;
import org.cocrea.initiatives.DeliveryWork;
import org.cocrea.platform.Refused;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * The activities and pacts that deliver a result, read through {@link DeliveryWork} from whichever tools offer them
 * (shifts, pacts), without depending on those tools: with none, a result shows no links and offers none. Statements:
 * one per offering tool, never one per item.
 */
@Component
class DeliveryLinks {
    private final List<DeliveryWork> tools;
    private final TrackingRepository results;

    @org.springframework.beans.factory.annotation.Autowired
    DeliveryLinks(ObjectProvider<DeliveryWork> tools, TrackingRepository results) {
        this(tools.orderedStream().toList(), results);
    }

    DeliveryLinks(List<DeliveryWork> tools, TrackingRepository results) {
        this.tools = List.copyOf(tools);
        this.results = results;
    }

    /** What the initiative's tools offer to link, every tool's items in turn. */
    List<DeliveryWork.Work> offered(long initiativeId) {
        var offered = new ArrayList<DeliveryWork.Work>();
        for (DeliveryWork tool : tools) {
            offered.addAll(tool.inInitiative(initiativeId));
        }
        return offered;
    }

    /** The items linked to a result that their tools still show, in the initiative of the result. */
    List<DeliveryWork.Work> linked(long resultId, long initiativeId) {
        var links = results.links(resultId);
        var linked = new ArrayList<DeliveryWork.Work>();
        for (DeliveryWork tool : tools) {
            var ids = links.get(tool.toolId());
            if (ids != null && !ids.isEmpty()) {
                tool.byIds(ids).stream()
                        .filter(w -> w.initiativeId() == initiativeId)
                        .forEach(linked::add);
            }
        }
        return linked;
    }

    /**
     * Links the item the form names ({@code tool:id}) when the initiative's tools offer it; refused otherwise, so
     * nobody links a pact of another initiative or one that does not exist. Linking twice changes nothing.
     */
    boolean link(long resultId, long initiativeId, String work) {
        String chosen = TrackingRules.text(work);
        var item = offered(initiativeId).stream()
                .filter(w -> (w.toolId() + ":" + w.itemId()).equals(chosen))
                .findFirst()
                .orElseThrow(() -> new Refused("work", "tracking.link.unknown"));
        return results.link(resultId, item.toolId(), item.itemId());
    }
}
