package org.cocrea.tracking;

import java.util.EnumSet;
import java.util.Map;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The tool's declaration: what was funded is delivered in co-delivery and looked back on in co-assessment, at the
 * group and collective levels (an individual plan has no budget). Owners and facilitators track; everyone who may
 * read the initiative reads. CSV and JSON exports for open data.
 */
@Component
class TrackingTool extends DeclaredTool {
    static final String ID = "tracking";
    static final String MANAGE = "manage";

    TrackingTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_DELIVERY, Phase.CO_ASSESSMENT),
                EnumSet.of(Level.GROUP, Level.COLLECTIVE),
                Map.of(MANAGE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR)),
                "csv",
                "json");
    }
}
