package org.cocrea.rating;

import java.util.EnumSet;
import java.util.Map;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The tool's declaration: a service is rated while it is delivered and when it is assessed, by a group or a
 * community (an individual's care team has its ladder and reviews). Rating itself is open to every signed-in
 * reader whose acts count, not to a role; facilitators read the results and publish them ("results").
 */
@Component
class RatingTool extends DeclaredTool {
    static final String ID = "rating";
    static final String RESULTS = "results";

    RatingTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_DELIVERY, Phase.CO_ASSESSMENT),
                EnumSet.of(Level.GROUP, Level.COLLECTIVE),
                Map.of(RESULTS, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR)));
    }
}
