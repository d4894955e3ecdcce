package org.cocrea.plans.ladder;

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
 * The outcome ladder of an individual initiative, in co-assessment: areas of life scored 1–10 by the citizen
 * and by the professional, compared on a radar chart and followed over time.
 */
@Component
public class LadderTool implements Tool {
    public static final String ID = "ladder";
    static final String CONFIGURE = "configure";
    static final String SCORE = "score";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "care.ladder.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_ASSESSMENT);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.INDIVIDUAL);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(CONFIGURE, Side.EITHER, SCORE, Side.EITHER);
    }

    @Override
    public String path(ToolInstance instance) {
        return "/plans/ladder/" + instance.id();
    }
}
