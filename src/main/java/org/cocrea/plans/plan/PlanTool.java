package org.cocrea.plans.plan;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/**
 * The plan document of an individual initiative, in co-design. Either side proposes versions and scores
 * goals; the citizen, a proxy and the case manager (the initiative's owner) sign.
 */
@Component
public class PlanTool implements Tool {
    public static final String ID = "plan";
    static final String PROPOSE = "propose";
    public static final String SIGN = "sign";
    static final String SCORE = "score";

    private static final Set<MemberRole> EITHER_SIDE = EnumSet.of(
            MemberRole.CITIZEN, MemberRole.PROXY, MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER);

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "plans.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_DESIGN);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.INDIVIDUAL);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(
                PROPOSE, EITHER_SIDE,
                SCORE, EITHER_SIDE,
                SIGN, EnumSet.of(MemberRole.CITIZEN, MemberRole.PROXY, MemberRole.OWNER));
    }

    @Override
    public String path(ToolInstance instance) {
        return "/plans/" + instance.id();
    }
}
