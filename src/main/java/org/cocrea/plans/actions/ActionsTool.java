package org.cocrea.plans.actions;

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
 * Actions and diary of an individual initiative, in co-delivery: the plan's actions with who carries them
 * out, and a diary both sides write in; entries with time or resources are published as contributions.
 */
@Component
public class ActionsTool implements Tool {
    public static final String ID = "actions";
    static final String PLAN = "plan";
    static final String LOG = "log";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "care.actions.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_DELIVERY);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.INDIVIDUAL);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(PLAN, Side.EITHER, LOG, Side.EITHER);
    }

    @Override
    public String path(ToolInstance instance) {
        return "/plans/actions/" + instance.id();
    }
}
