package org.cocrea.commissioning;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.Tool;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.stereotype.Component;

/**
 * The participatory budget: co-commissioning at the collective and group levels. Citizens (members) vote;
 * professionals who facilitate set it up and close it, but do not vote in the citizens' budget.
 */
@Component
class BudgetTool implements Tool {
    static final String ID = "budget";
    static final String VOTE = "vote";
    static final String MANAGE = "manage";

    private final BudgetRepository budgets;

    BudgetTool(BudgetRepository budgets) {
        this.budgets = budgets;
    }

    /** The same condition as the Pabulib download itself: the budget is closed. */
    @Override
    public boolean exportReady(ToolInstance instance) {
        return budgets.ofInstance(instance.id())
                .filter(b -> b.status() == BudgetStatus.CLOSED)
                .isPresent();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String nameKey() {
        return "budget.name";
    }

    @Override
    public Set<Phase> phases() {
        return EnumSet.of(Phase.CO_COMMISSIONING);
    }

    @Override
    public Set<Level> levels() {
        return EnumSet.of(Level.COLLECTIVE, Level.GROUP);
    }

    @Override
    public Map<String, Set<MemberRole>> actions() {
        return Map.of(
                VOTE, EnumSet.of(MemberRole.MEMBER, MemberRole.CITIZEN),
                MANAGE, EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR));
    }

    @Override
    public String path(ToolInstance instance) {
        return "/budget/" + instance.id();
    }

    @Override
    public List<String> exports() {
        return List.of("pb");
    }
}
