package org.cocrea.plans.needs;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.cocrea.plans.care.Side;
import org.springframework.stereotype.Component;

/**
 * The needs assessment of an individual initiative, in co-commissioning: needs by life domain described by
 * both sides, ranked by each member, and a priority order both sides agree on.
 */
@Component
public class NeedsTool implements Tool {
    public static final String ID = "needs";
    static final String DESCRIBE = "describe";
    static final String RANK = "rank";
    public static final String AGREE = "agree";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "care.needs.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_COMMISSIONING);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.INDIVIDUAL);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(DESCRIBE, Side.EITHER, RANK, Side.EITHER, AGREE, Side.EITHER);
    }

    @Override
    public String path(ToolInstance instance) {
        return "/plans/needs/" + instance.id();
    }
}
