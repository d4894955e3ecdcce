package org.cocrea.commissioning;

import java.util.EnumSet;
import java.util.List;
import org.cocrea.ballots.BallotTool;
import org.cocrea.ballots.Voters;
import org.cocrea.initiatives.Level;
import org.cocrea.initiatives.MemberRole;
import org.cocrea.initiatives.Phase;
import org.cocrea.initiatives.ToolInstance;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.stereotype.Component;

/**
 * The participatory budget: co-commissioning at the collective and group levels. Citizens (members) vote;
 * professionals who facilitate set it up and close it, and vote only where the budget says facilitators vote (by
 * default they do not: it is the citizens' budget; {@link Voters}). Budgets of public initiatives and their results
 * are readable anonymously; holders of a one-time voting code vote without an account.
 */
@Component
class BudgetTool extends BallotTool {
    static final String ID = "budget";

    private final BudgetRepository budgets;

    BudgetTool(BudgetRepository budgets) {
        super(
                ID,
                EnumSet.of(Phase.CO_COMMISSIONING),
                EnumSet.of(Level.COLLECTIVE, Level.GROUP),
                EnumSet.of(MemberRole.OWNER, MemberRole.FACILITATOR, MemberRole.MEMBER, MemberRole.CITIZEN),
                List.of("", "/results", "/export.pb"));
        this.budgets = budgets;
    }

    /** The same condition as the Pabulib download itself: the budget is closed. */
    @Override
    public boolean exportReady(ToolInstance instance) {
        return budgets.ofInstance(instance.id()).filter(Budget::resultsShown).isPresent();
    }

    @Override
    public List<String> exports() {
        return List.of("pb");
    }

    @Override
    public void apply(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry routes) {
        super.apply(routes);
        // The running total is recomputed for anyone reading the ballot; code holders vote without an account.
        routes.requestMatchers(HttpMethod.POST, "/budget/{id:\\d+}/total").permitAll();
        routes.requestMatchers("/budget/{id:\\d+}/code").permitAll();
    }
}
