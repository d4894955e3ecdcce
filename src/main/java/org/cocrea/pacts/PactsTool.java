package org.cocrea.pacts;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.DeclaredTool;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.springframework.stereotype.Component;

/**
 * The tool's declaration: pacts are how citizens and the organisation deliver together, so co-delivery, at the
 * group and collective levels (an individual's care plan has its own agreement). Members and facilitators propose;
 * facilitators act as the office (approve, record the act, suspend, revoke, end); members and facilitators who are
 * parties of a pact sign it and, when citizens, report on it.
 */
@Component
class PactsTool extends DeclaredTool {
    static final String ID = "pacts";
    static final String PROPOSE = "propose";
    static final String MANAGE = "manage";
    /** Sign and report: allowed to the roles a party may have; the pact also asks that the person be a party. */
    static final String TAKE_PART = "take-part";

    PactsTool() {
        super(
                ID,
                EnumSet.of(Phase.CO_DELIVERY),
                EnumSet.of(Level.GROUP, Level.COLLECTIVE),
                Map.of(
                        PROPOSE,
                        EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER),
                        MANAGE,
                        EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR),
                        TAKE_PART,
                        EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER)));
    }

    static Set<String> states() {
        return Set.of("draft", "proposed", "approved", "active", "suspended", "revoked", "ended");
    }
}
