package org.cocrea.pacts;

import java.util.Collection;
import java.util.List;
import org.cocrea.initiatives.DeliveryWork;
import org.springframework.stereotype.Component;

/** The approved and active pacts as work that delivers a funded project, for the tracking tool. */
@Component
class PactsDeliveryWork implements DeliveryWork {
    private final PactRepository pacts;

    PactsDeliveryWork(PactRepository pacts) {
        this.pacts = pacts;
    }

    @Override
    public String toolId() {
        return PactsTool.ID;
    }

    @Override
    public List<Work> inInitiative(long initiativeId) {
        return pacts.workIn(initiativeId).stream().map(PactsDeliveryWork::work).toList();
    }

    @Override
    public List<Work> byIds(Collection<Long> itemIds) {
        return pacts.workByIds(itemIds).stream().map(PactsDeliveryWork::work).toList();
    }

    private static Work work(PactRepository.Work w) {
        return new Work(
                PactsTool.ID, w.id(), w.initiativeId(), w.title(), "/pacts/" + w.toolInstanceId() + "/" + w.id());
    }
}
