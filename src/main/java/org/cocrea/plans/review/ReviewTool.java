package org.cocrea.plans.review;

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
 * Review meetings of an individual plan: each closes a cycle (date, participants, summary, decisions) and may
 * open the next by starting a new version of the plan in the same initiative. It belongs to co-assessment,
 * and to co-design too, where the plan it revises lives.
 */
@Component("planReviewTool")
public class ReviewTool implements Tool {
    public static final String ID = "review";
    static final String RECORD = "record";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "care.review.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_ASSESSMENT, Phase.CO_DESIGN);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.INDIVIDUAL);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(RECORD, Side.EITHER);
    }

    @Override
    public String path(ToolInstance instance) {
        return "/plans/review/" + instance.id();
    }
}
