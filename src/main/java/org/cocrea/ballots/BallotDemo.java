package org.cocrea.ballots;

import java.util.Optional;
import java.util.function.BooleanSupplier;
import org.cocrea.initiatives.Initiatives;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.platform.DemoMode;
import org.springframework.stereotype.Component;

/** Where the demo data puts a budget or a vote: in its collective demo initiative's co-commissioning phase. */
@Component
public class BallotDemo {
    private final DemoMode demo;
    private final Initiatives initiatives;

    BallotDemo(DemoMode demo, Initiatives initiatives) {
        this.demo = demo;
        this.initiatives = initiatives;
    }

    /**
     * Places the tool in the demo initiative of that title, once: empty when this node does not write the demo
     * data, the tool's demo is {@code alreadyThere}, or the demo has no such initiative.
     */
    public Optional<ToolInstance> place(String initiativeTitle, String toolId, BooleanSupplier alreadyThere) {
        if (!demo.claimed() || alreadyThere.getAsBoolean()) {
            return Optional.empty();
        }
        // The updates tool the demo placed in every cell's phase leads us to the initiative.
        return initiatives.toolInstances("updates").stream()
                .filter(i -> i.phase() == Phase.CO_COMMISSIONING)
                .flatMap(i -> initiatives.visible(i.initiativeId(), null).stream())
                .filter(i -> i.level() == Level.COLLECTIVE && i.title().equals(initiativeTitle))
                .findFirst()
                .map(i -> initiatives.addToolForDemo(i.id(), Phase.CO_COMMISSIONING, toolId));
    }
}
