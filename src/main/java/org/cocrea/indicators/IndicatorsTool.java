package org.cocrea.indicators;

import java.util.EnumSet;
import java.util.Map;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The tool's declaration: targets are set in co-commissioning, readings taken while the service is delivered and
 * when it is assessed, at every level. Facilitators define indicators and record readings ("manage"); whoever may
 * read the instance reads the progress.
 */
@Component
class IndicatorsTool extends DeclaredTool {
    static final String ID = "indicators";
    static final String MANAGE = "manage";

    IndicatorsTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING, Phase.CO_DELIVERY, Phase.CO_ASSESSMENT),
                EnumSet.allOf(Level.class),
                Map.of(MANAGE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR)));
    }
}
